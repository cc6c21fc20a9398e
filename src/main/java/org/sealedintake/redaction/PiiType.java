package org.sealedintake.redaction;

/** What a finding is; each kind has the placeholder a moderator reads in its place. */
public enum PiiType {
    REPORTER("[REPORTER]"),
    EMAIL("[EMAIL]"),
    URL("[URL]"),
    ID_NUMBER("[ID-NUMBER]"),
    CREDIT_CODE("[CREDIT-CODE]"),
    BANK_CARD("[BANK-CARD]"),
    PHONE("[PHONE]"),
    WECHAT("[WECHAT]"),
    QQ("[QQ]"),
    PASSPORT("[PASSPORT]"),
    IP("[IP]"),
    PLATE("[PLATE]"),
    HANDLE("[HANDLE]"),
    ADDRESS("[ADDRESS]"),
    /** Leak guard only ({@link PersonalData}): a person's name. */
    PERSON_NAME("[NAME]"),
    /** Leak guard only: a token shaped like a handle or an account number without a context word. */
    HANDLE_SHAPE("[ID]");

    private final String placeholder;

    PiiType(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }

    /** Lower wins when two findings overlap: the declaration order above is the priority. */
    int priority() {
        return ordinal();
    }
}
