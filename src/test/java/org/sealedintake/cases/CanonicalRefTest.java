package org.sealedintake.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalRefTest {
    private static final List<String> HOSTS = List.of("platform.example");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "post:123                                   | post:123      | CONTENT",
            "POST: 123                                  | post:123      | CONTENT",
            "  video:AbC9                               | video:AbC9    | CONTENT",
            "live:room-7                                | live:room-7   | CONTENT",
            "Comment:c1                                 | comment:c1    | CONTENT",
            "account:pa-200001                          | account:pa-200001 | ACCOUNT",
            "https://platform.example/video/AbC9        | video:AbC9    | CONTENT",
            "https://PLATFORM.example/post/123/?utm=x#c | post:123      | CONTENT",
            "https://platform.example/u/pa-200001       | account:pa-200001 | ACCOUNT",
            // Other hosts and shapes stay as typed (trimmed): intake accepts them, they just do not merge.
            "https://evil.example/post/123              | https://evil.example/post/123 | CONTENT",
            "https://platform.example/about             | https://platform.example/about | CONTENT",
            "creator's latest upload                    | creator's latest upload | CONTENT",
            "post:                                      | post:         | CONTENT" })
    void spellingsOfOneTargetGiveOneReference(String raw, String value, CaseKind kind) {
        assertEquals(new CanonicalRef(value, kind), CanonicalRef.of(raw, HOSTS));
    }
}
