package org.sealedintake.intake;

/** The free text of a report, stored only encrypted (see {@link Report#sealedText}). */
record ReportText(String description, String victimAccount) {
    @Override
    public String toString() {
        return "ReportText[sealed]";
    }
}
