package org.sealedintake.redaction;

import java.util.List;

/**
 * TEST ONLY: {@link Detector} as the legacy copies of the engine (commit 25543da) implement it, on
 * {@link LegacyNormalizedText}; the reference {@link RedactionEquivalenceTest} compares the engine with.
 */
interface LegacyDetector {
    void detect(LegacyNormalizedText text, List<Detector.Span> out);
}
