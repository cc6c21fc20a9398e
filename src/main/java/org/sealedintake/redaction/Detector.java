package org.sealedintake.redaction;

import java.util.List;

/** Finds one family of identifiers in normalised text; spans are in normalised offsets. */
interface Detector {
    void detect(NormalizedText text, List<Span> out);

    /** A finding in normalised offsets, before it is mapped back to the text as written. */
    record Span(PiiType type, int start, int end) {
    }
}
