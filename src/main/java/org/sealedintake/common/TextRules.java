package org.sealedintake.common;

/**
 * Patterns for text the API accepts, used with {@code @Pattern} so that the rule, the 400 answer and
 * the OpenAPI document come from one annotation. PostgreSQL refuses U+0000 in text (SQLState 22021),
 * and control characters have no business in identifiers or references; only fields documented as
 * free text keep line breaks and tabs.
 */
public final class TextRules {
    /** One line: no C0 control character, no DEL, no C1 control character. */
    public static final String SINGLE_LINE = "^[^\\x00-\\x1F\\x7F-\\x9F]*$";
    /** Free text: tab, line feed and carriage return allowed; every other control character refused. */
    public static final String MULTI_LINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*$";

    private TextRules() {
    }

    /** Whether {@code s} holds a character {@link #SINGLE_LINE} refuses. */
    public static boolean hasControlCharacter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }
}
