package org.sealedintake.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a text carries anyone's personal data, for texts that must carry none (what reaches a
 * reviewed creator, a public transparency entry): {@link Redactor}'s detectors plus a person-name
 * detector and handle-shaped tokens. Stricter than redaction on purpose: a refusal costs a moderator
 * a rephrasing; a miss can cost a reporter their safety. Plain Java like the rest of the engine.
 */
public final class PersonalData {
    private final List<Detector> detectors = List.of(new DigitSequenceDetector(), new PatternDetector(),
            new AddressDetector(), new PersonNameDetector(), new HandleShapeDetector());

    /** Whether any detector finds anything. Every detector runs, whatever the first one found. */
    public boolean present(String text) {
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
        NormalizedText normalised = NormalizedText.of(text);
        List<Detector.Span> spans = new ArrayList<>();
        for (Detector d : detectors) {
            d.detect(normalised, spans);
        }
        return spans.stream().min(java.util.Comparator.comparingInt(Detector.Span::start)).map(Detector.Span::type);
    }
}
