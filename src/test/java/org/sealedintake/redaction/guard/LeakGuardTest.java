package org.sealedintake.redaction.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.sealing.IdentityMatcher;
import org.sealedintake.sealing.ReporterIdentity;
import org.sealedintake.sealing.TestMatchers;

/**
 * The leak guard from the creator's and the moderator's chair: texts naming a case's reporter in any
 * claimed disguise are refused; ordinary moderator texts pass; a text naming a reporter gets the very
 * answer a text naming anyone else gets. Plain JUnit over in-memory sets ({@link TestMatchers}); the
 * vault round trip is {@code LeakGuardVaultTest}.
 */
class LeakGuardTest {
    static final ReporterIdentity REPORTER = new ReporterIdentity("3e9a7c10-5b2d-4f6e-9a81-0c2d3e4f5a6b", "chenjing_77",
            "静 陈", "chen.jing77@example.com", Map.of("wechat", "cj_snow2008", "phone", "+86 139 1234 5678"));
    static final ReporterIdentity OTHER_REPORTER = new ReporterIdentity("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "mlopez",
            "Maria Lopez", "maria.lopez@example.org", Map.of());
    private final LeakGuard guard = new LeakGuard(null);
    private final IdentityMatcher caseMatcher = TestMatchers.of(List.of(REPORTER, OTHER_REPORTER));

    static List<String> moderatorTexts() throws IOException {
        try (InputStream in = LeakGuardTest.class.getResourceAsStream("/redaction/guard-moderator-texts.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    @Test
    void refusesVerificationRequestsNamingAReporterInEveryClaimedDisguise() {
        for (String text : List.of(
                "请问陈静是否看过这个视频？", "請問陳靜是否看過這個視頻？", "请问陈 静是否看过", "请问陈-静是否看过",
                "Did Chen Jing see this?", "Did Jing Chen see this?", "Did CHENJING see this?", "Did ｃｈｅｎ ｊｉｎｇ see it?",
                "Did chén jìng see it?", "Did chen2 jing4 see it?", "Was it 老陈 who complained?", "Was it 陈女士?",
                "Do you know cj_snow2008?", "Do you know ＣＪ＿ＳＮＯＷ２００８?", "Do you know сj_snоw2008?",
                "Call 139 1234 5678 please", "Call +86-139-1234-5678", "Call 一三九一二三四五六七八", "Call 壹叁玖壹贰叁肆伍陆柒捌",
                "Mail chen.jing77@example.com", "Mail chen.jing77 at example dot com", "the user chenjing_77",
                "Did Maria Lopez see this?", "LOPEZ, Maria wrote to us")) {
            assertSame(GuardVerdict.REFUSE, guard.check(text, caseMatcher), text);
        }
    }

    @Test
    void ordinaryModeratorTextsPass() throws IOException {
        List<String> texts = moderatorTexts();
        assertTrue(texts.size() >= 50);
        for (String text : texts) {
            assertEquals(LeakGuard.Finding.NOTHING, guard.find(text, caseMatcher), text);
            assertSame(GuardVerdict.PASS, guard.check(text, caseMatcher), text);
            assertSame(GuardVerdict.PASS, guard.checkNoPersonalData(text), text);
        }
    }

    @Test
    void aTextNamingAReporterGetsTheSameAnswerAsATextNamingAnyoneElse() {
        String reporter = "Is this about 陈静? Please answer.";
        String stranger = "Is this about 王芳? Please answer.";
        String strangerLatin = "Is this about Zhang Wei? Please answer.";
        String phone = "Is this about 138 0013 8000? Please answer.";
        assertEquals(LeakGuard.Finding.BOTH, guard.find(reporter, caseMatcher), "the reporter is also a person name");
        GuardVerdict v = guard.check(reporter, caseMatcher);
        for (String other : List.of(stranger, strangerLatin, phone)) {
            assertSame(v, guard.check(other, caseMatcher), other);
        }
        ApiProblem a = assertThrows(ApiProblem.class, v::orThrow);
        ApiProblem b = assertThrows(ApiProblem.class, () -> guard.check(stranger, caseMatcher).orThrow());
        assertEquals(a.status(), b.status());
        assertEquals(422, a.status());
        assertEquals(a.type(), b.type());
        assertEquals(a.title(), b.title());
        assertEquals(a.detail(), b.detail());
        assertEquals(v.toString(), guard.check(stranger, caseMatcher).toString());
    }

    @Test
    void theVerdictTypeCarriesNothingButPassOrRefuse() {
        // A field added to the verdict (a reason, a kind, a score) could turn the guard into an oracle.
        assertEquals(1, java.util.Arrays.stream(GuardVerdict.class.getDeclaredFields())
                .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers())).count());
        assertTrue(java.util.Arrays.stream(GuardVerdict.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .allMatch(m -> List.of("passed", "refused", "orThrow", "problem", "toString").contains(m.getName())));
    }

    @Test
    void textsWithoutACaseMustCarryNoPersonalData() {
        assertSame(GuardVerdict.REFUSE, guard.checkNoPersonalData("Statement: the user 王芳 posted insults."));
        assertSame(GuardVerdict.REFUSE, guard.checkNoPersonalData("Contact lili1999 for details"));
        assertSame(GuardVerdict.REFUSE, guard.checkNoPersonalData("Mr Smith complained"));
        assertSame(GuardVerdict.PASS, guard.checkNoPersonalData("Content removed under the terms of service, section 5.3."));
        assertSame(GuardVerdict.PASS, guard.checkNoPersonalData(null));
    }

    @Test
    void hostileInputFinishesFast() {
        StringBuilder b = new StringBuilder();
        String[] pieces = { "张", "\u200B", "ｚ", "1", " ", "@", "路1号", "一", "z h a n g ", "wei", "_", "\uD83D\uDE00",
            "\u0301", "İ", "ß", "\uFFFF", "陈静" };
        java.util.Random r = new java.util.Random(1);
        int max = LeakGuard.MAX_TEXT_CHARS;
        while (b.length() < max - 2) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        String hostile = b.toString();
        long t0 = System.nanoTime();
        guard.check(hostile, caseMatcher);
        guard.check("a".repeat(max), caseMatcher);
        guard.check("1 ".repeat(max / 2), caseMatcher);
        guard.check("张".repeat(max), caseMatcher);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // Cold code on a shared two-core machine; the warm figures are in docs/leak-guard.md.
        assertTrue(ms < 15_000, "four texts of the longest allowed length took " + ms + " ms");
        // Nothing in it is personal data, so only the length rule can refuse it: refused unread. (No timing
        // assertion: a 100 ms bound failed on the shared machine under load and proved nothing more.)
        assertSame(GuardVerdict.REFUSE, guard.check("ordinary words ".repeat(100_000), caseMatcher),
                "longer texts are refused unread");
    }
}
