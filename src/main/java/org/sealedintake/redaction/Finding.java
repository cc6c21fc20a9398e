package org.sealedintake.redaction;

/**
 * One thing to hide, as offsets into the text as written ({@code start} inclusive, {@code end}
 * exclusive). Deliberately carries no copy of the matched text, so a finding can be logged or
 * counted without leaking what it hides.
 */
public record Finding(PiiType type, int start, int end) {
    public Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span");
        }
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
