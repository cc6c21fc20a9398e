package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The detectors' shortcuts find exactly what the plain scans find: {@link PatternDetector} with its
 * prefilters against every expression run over the whole text, {@link DigitSequenceDetector} trying
 * runs only where one can start against the plain scan, and {@link ContextWords#before}
 * (compared in place) against the window copied and lower-cased. Over every table text and 20,000
 * texts built from the pieces each prefilter keys on (the characters an expression cannot match
 * without, near misses, and characters whose lower case is longer or context-dependent).
 */
class PrefilterEquivalenceTest {
    private static final String[] PIECES = { "@", "#", "[at]", "(AT)", "(At)", " at ", " AT ", "艾特", " dot ", " DOT ", "点",
        ".", ":", "::", ":::", "http://", "HTTPS://", "www.", "WwW.", ".com", ".Cn", ".info", ".io/", ".comx", ".co", "wxid_",
        "WXID_ab12cd", "Wxid_", "E12345678", "G87654321", "EA1234567", "京A12345", "粤B·D12345", "新", "使", "号", "路12号",
        "中山路100号", "北京市朝阳区建国路88号3栋2单元502室", "3栋2单元502室", "12单元3", "微信", "vx:", "VX", "qq", "QQ号码：",
        "passport no. ", "护照", "İ", "Σ", "ς", "\uD83D\uDE00", "\u00A0", "１３８", "一三八零零一三八零零零", "138 0013 8000",
        "+86", "13800138000", "110101199003074514", "91350100M000100Y43", "91350100M000100Y4", "6222021234567890128",
        "192.168.1.1", "10.0.0.256", "1.2.3", "fe80::1", "2001:db8::ff00:42:8329", "1:2:3:4:5:6:7:8", "14:30:25", "a:b:c",
        "abc", "Zhang", "zhangwei", "lihua_1990", "user99", "_", "-", " ", " ", "\n", "。", "，", "(", ")", "[", "]", "张伟",
        "加我", "是", "example", "@little_wei", "a.b@c.de", "foo(at)bar(dot)com", "name at mail dot com", "0", "9", "A", "Z",
        "f", "ABCDEFGHJKLMNPQRTU", "ＡＢＣ", "①②③", "\u200B", "\u212A", "wx", "weixin", "+v", "绿泡泡", "号码", "no.", "id",
        "=", "/", "%", "+", "'", "\"", "(021", ")", "((", "++", "+8613800138000", "0086 138", "x", "X",
        "11010119900307451X", "QQ 12345", "Zhang", "wechat" };

    @Test
    void patternDetectorFindsWhatEveryExpressionFindsOverTheWholeText() throws IOException {
        int withFindings = textsWithEqualFindings(new PatternDetector(), new PatternDetector(false));
        // A corpus in which nothing is found would compare nothing.
        assertTrue(withFindings > 5_000, "texts with findings: " + withFindings);
    }

    @Test
    void digitSequencesFoundAtTheirPossibleStartsAreThoseFoundEverywhere() throws IOException {
        int withFindings = textsWithEqualFindings(new DigitSequenceDetector(), new DigitSequenceDetector(false));
        assertTrue(withFindings > 2_000, "texts with findings: " + withFindings);
    }

    /** Asserts both detectors find the same spans in every corpus text; answers how many texts had any. */
    private static int textsWithEqualFindings(Detector fast, Detector reference) throws IOException {
        int withFindings = 0;
        for (String text : corpus()) {
            NormalizedText normalised = NormalizedText.of(text);
            List<Detector.Span> expected = new ArrayList<>();
            reference.detect(normalised, expected);
            List<Detector.Span> actual = new ArrayList<>();
            fast.detect(normalised, actual);
            assertEquals(expected, actual, text);
            withFindings += expected.isEmpty() ? 0 : 1;
        }
        return withFindings;
    }

    @Test
    void contextWordsReadInPlaceAsInALowerCasedCopy() throws IOException {
        int announced = 0;
        for (String text : corpus()) {
            for (int pos = 0; pos <= text.length(); pos++) {
                PiiType expected = ContextWords.beforeLowerCased(text, pos);
                assertEquals(expected, ContextWords.before(text, pos), () -> text);
                announced += expected == null ? 0 : 1;
            }
        }
        assertTrue(announced > 1_000, "positions after a context word: " + announced);
    }

    private static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String table : List.of("cases.tsv", "adversarial.tsv", "heldout.tsv", "guard-moderator-texts.txt",
                "guard-third-party.txt")) {
            try (InputStream in = PrefilterEquivalenceTest.class.getResourceAsStream("/redaction/" + table)) {
                texts.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            }
        }
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(30); k > 0; k--) {
                if (random.nextInt(4) == 0) {
                    b.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : '0' + random.nextInt(10)));
                } else {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }
}
