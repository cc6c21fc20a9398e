package org.sealedintake.redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TEST ONLY: Redactor as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>Replaces personal identifiers in report text with typed placeholders ({@code [PHONE]},
 * {@code [REPORTER]}, ...). Plain Java, no container: construct with {@code new}, share one
 * instance (it is immutable and thread-safe). Detection runs on a normalised copy of the text
 * (see {@link LegacyNormalizedText}); the output keeps everything else exactly as it was written.
 */
final class LegacyRedactor {
    private final List<LegacyDetector> detectors;

    LegacyRedactor() {
        this.detectors = List.of(new LegacyDigitSequenceDetector(), new LegacyPatternDetector(), new LegacyAddressDetector());
    }

    /** The text with every detected identifier replaced by its placeholder. */
    String redact(String text) {
        return redact(text, List.of());
    }

    /**
     * As {@link #redact(String)}, and every form of the reporter's own identifiers (name and its
     * parts, account, e-mail and its local part, handles, phone) becomes {@code [REPORTER]}.
     */
    String redact(String text, Collection<String> selfIdentifiers) {
        return apply(text, findings(text, selfIdentifiers));
    }

    /** What would be replaced, in the offsets of {@code text}, sorted, not overlapping. */
    List<Finding> findings(String text, Collection<String> selfIdentifiers) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        LegacyNormalizedText normalised = LegacyNormalizedText.of(text);
        List<Detector.Span> spans = new ArrayList<>();
        LegacySelfIdentifierMatcher.find(normalised, selfIdentifiers, spans);
        for (LegacyDetector detector : detectors) {
            detector.detect(normalised, spans);
        }
        List<Finding> candidates = new ArrayList<>(spans.size());
        for (Detector.Span span : spans) {
            candidates.add(normalised.toOriginal(span));
        }
        return resolveOverlaps(candidates);
    }

    /** The reporter's identifiers first, then by type priority, then the longer match. */
    static List<Finding> resolveOverlaps(List<Finding> candidates) {
        List<Finding> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Finding f) -> f.type().priority())
                .thenComparing(Comparator.comparingInt(Finding::length).reversed()));
        // Kept findings never overlap, so only the neighbours by start can overlap a newcomer.
        TreeMap<Integer, Finding> kept = new TreeMap<>();
        for (Finding f : ordered) {
            Map.Entry<Integer, Finding> before = kept.floorEntry(f.start());
            Map.Entry<Integer, Finding> after = kept.ceilingEntry(f.start());
            if ((before == null || !before.getValue().overlaps(f)) && (after == null || !after.getValue().overlaps(f))) {
                kept.put(f.start(), f);
            }
        }
        return List.copyOf(kept.values());
    }

    static String apply(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : findings) {
            out.append(text, at, f.start()).append(f.type().placeholder());
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
