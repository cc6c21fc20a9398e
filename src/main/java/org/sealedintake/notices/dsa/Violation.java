package org.sealedintake.notices.dsa;

/**
 * One broken rule of a statement: the API's field name and what is wrong with it. Never carries
 * the field's value: a refused text may hold personal data, and violations end up in logs and
 * problem details.
 */
public record Violation(String field, String rule) {
    @Override
    public String toString() {
        return field + ": " + rule;
    }
}
