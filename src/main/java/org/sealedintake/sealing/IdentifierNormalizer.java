package org.sealedintake.sealing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form of an identifier before it is fingerprinted: NFKC (full-width digits and
 * letters become ASCII), case-folded, separators and punctuation removed. "１３８-0013 8000" and
 * "13800138000" give the same form.
 */
public final class IdentifierNormalizer {
    private IdentifierNormalizer() {
    }

    public static String normalize(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        // Upper then lower folds most cases that lower-casing alone misses (e.g. the German sharp s).
        String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
