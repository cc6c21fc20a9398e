package org.sealedintake.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TEST ONLY: PersonalData as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>Whether a text carries anyone's personal data, for texts that must carry none (what reaches a
 * reviewed creator, a public transparency entry): {@link LegacyRedactor}'s detectors plus a person-name
 * detector and handle-shaped tokens. Stricter than redaction on purpose: a refusal costs a moderator
 * a rephrasing; a miss can cost a reporter their safety. Plain Java like the rest of the engine.
 */
final class LegacyPersonalData {
    private final List<LegacyDetector> detectors = List.of(new LegacyDigitSequenceDetector(), new LegacyPatternDetector(),
            new LegacyAddressDetector(), current(new PersonNameDetector()), current(new HandleShapeDetector()));

    /** The detectors this change left as they were, run on the legacy normalisation's text. */
    private static LegacyDetector current(Detector d) {
        return (text, out) -> d.detect(text.asCurrent(), out);
    }

    /** Whether any detector finds anything. Every detector runs, whatever the first one found. */
    boolean present(String text) {
        return firstType(text).isPresent();
    }

    /**
     * The type of the first finding, for tests and tuning only: callers that answer a user must not
     * tell which kind of data was found.
     */
    Optional<PiiType> firstType(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        LegacyNormalizedText normalised = LegacyNormalizedText.of(text);
        List<Detector.Span> spans = new ArrayList<>();
        for (LegacyDetector d : detectors) {
            d.detect(normalised, spans);
        }
        return spans.stream().min(java.util.Comparator.comparingInt(Detector.Span::start)).map(Detector.Span::type);
    }
}
