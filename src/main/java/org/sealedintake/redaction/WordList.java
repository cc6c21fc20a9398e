package org.sealedintake.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A word list shipped with the application (src/main/resources/names): words separated by white space,
 * lines starting with {@code #} are comments. The redaction's name detector and the sealing's identity
 * variants read the same surname list, so they must read it the same way. It lives with the redaction engine,
 * which may depend on nothing else of the service's (RedactorTest), so that both can call it.
 */
public final class WordList {
    private WordList() {
    }

    /** The distinct words of a class-path resource ({@code /names/...}); a missing list stops the start. */
    public static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
