package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's redaction work changed how the engine finds, not what: {@link Redactor} and
 * {@link PersonalData} give exactly what their former code ({@code Legacy*}, copied from commit 25543da)
 * gives, on the benchmark body, every redaction table, the tests' own reporter identifiers and 30,000
 * generated texts (mixed scripts, digits, full-width and traditional forms, Chinese numerals, invisible
 * characters, handles, addresses, names). Compared: the normalised text and its map back to the
 * original, the reporter's search keys, the findings, the redacted text and the guard's answer.
 */
class RedactionEquivalenceTest {
    private static final List<String> BENCH_SELF = List.of("bench-reporter-001", "Bench Reporter 001",
            "bench-reporter-001@example.test", "wxid_reporter_bench", "+86 139 0000 1234", "reporter.bench@example.test");
    private static final List<String> TEST_SELF = List.of("张伟", "zhangwei88", "zw.reporter@example.com", "@little_wei",
            "+86 139 1234 5678", "Alice Wang");
    /** What reports are made of, and what each detector and shortcut keys on. */
    private static final String[] PIECES = { "@", "#", "[at]", "(AT)", " at ", "艾特", " dot ", "点", ".", ":", "::",
        "http://", "HTTPS://", "www.", ".com", ".Cn", ".io/", "wxid_", "WXID_ab12cd", "E12345678", "G87654321", "EA1234567",
        "京A12345", "粤B·D12345", "使", "号", "路12号", "中山路100号", "上海市徐汇区漕溪北路 88 号", "北京市朝阳区建国路88号3栋2单元502室",
        "3栋2单元502室", "12单元3", "5号楼3层301", "2幢1单元", "胡同7号", "大道18-2号", "段3弄", "广东省深圳市南山区科技园街道", "住在",
        "微信", "薇信", "vx:", "VX", "qq", "QQ号码：", "扣扣", "passport no. ", "护照", "加我", "是", "İ", "Σ", "ς", "\uD83D\uDE00",
        "\uD840\uDC00", "\uD83D", "\uDE00", "\u00A0", "\u3000", "１３８", "０１２３", "一三八零零一三八零零零", "壹叁玖壹贰叁肆伍陆柒捌", "幺三八",
        "一一对应", "138 0013 8000", "138-0013-8000", "+86", "0086 ", "(021)", "021-6437 1234", "13800138000", "13812345678",
        "110101199003074514", "11010119900307451X", "91350100M000100Y43", "6222021234567890128", "4111 1111 1111 1111",
        "192.168.1.1", "10.0.0.256", "fe80::1", "2001:db8::ff00:42:8329", "14:30:25", "abc", "Zhang", "zhangwei", "Zhāng Wěi",
        "ZHANG WEI", "z h a n g w e i", "lihua_1990", "user99", "_", "-", " ", "\t", "\n", "。", "，", "、", "：", "（", "）", "(",
        ")", "[", "]", "“", "”", "张伟", "張偉", "王芳", "李娜", "欧阳娜娜", "老张", "小李", "张先生", "王总", "叫李明", "Mr Smith",
        "Alice", "Alice Martin", "Wei Zhang", "example", "@little_wei", "@lіttlе_wеі", "＠ｌｉｔｔｌｅ＿ｗｅｉ", "a.b@c.de",
        "zw.reporter@example.com", "zw.reporter at gmail dot com", "foo(at)bar(dot)com", "ＡＢＣ", "ｚｈａｎｇｗｅｉ８８",
        "①②③", "⑴", "㈱", "\u200B", "\u200D", "\uFE0F", "\u20E3", "\u00AD", "\u212A", "e\u0301", "\u0301", "ﬁ", "ｶﾞ", "㍻",
        "bench-reporter-001", "Bench Reporter", "reporter.bench@example.test", "+86 139 0000 1234", "wxid_reporter_bench",
        "夜行者阿杰", "yexingzhe_aj", "video:8841230977", "=", "/", "%", "+", "'", "\"", "x", "X", "0", "9", "我要举报账号",
        "他在评论里公开了一个手机号", "让别人加他领取我的“黑料”" };
    private static final String[] SELF_PIECES = { "张伟", "伟 张", "張偉", "欧阳娜娜", "Alice Wang", "zhangwei88", "@little_wei",
        "zw.reporter@example.com", "+86 139 1234 5678", "13912345678", "ＺＨＡＮＧ", "李 娜", "王", "ab", "a", "wxid_abc123",
        "reporter.bench@example.test", "0086-138-0013-8000", "Zhāng", " ", "", "   张 伟 ", "lіttlе", "8613800138000" };

    private final Redactor redactor = new Redactor();
    private final LegacyRedactor legacy = new LegacyRedactor();
    private final PersonalData personalData = new PersonalData();
    private final LegacyPersonalData legacyPersonalData = new LegacyPersonalData();

    @Test
    void theBenchmarkBodyIsRedactedAsBefore() throws IOException {
        String description = new ObjectMapper().readTree(Files.readString(Path.of("bench", "body.json")))
                .get("description").asText();
        for (String text : List.of(description, description.repeat(9).substring(0, 5000))) {
            assertSame(text, BENCH_SELF);
            assertSame(text, List.of());
        }
        // The body must exercise the engine: its phone and WeChat id are redacted.
        String out = redactor.redact(description, BENCH_SELF);
        assertTrue(out.contains("[PHONE]") && out.contains("[WECHAT]"), out);
    }

    @Test
    void everyTableTextIsRedactedAsBefore() throws IOException {
        int changed = 0;
        for (String text : tableTexts()) {
            for (List<String> self : List.of(List.<String>of(), TEST_SELF, BENCH_SELF)) {
                changed += assertSame(text, self) ? 1 : 0;
            }
        }
        assertTrue(changed > 500, "table texts with findings: " + changed);
    }

    @Test
    void generatedTextsAreRedactedAsBefore() throws IOException {
        Random random = new Random(20261127);
        List<String> tables = tableTexts();
        int changed = 0;
        for (int i = 0; i < 30_000; i++) {
            String text = generated(random, tables);
            List<String> self = switch (random.nextInt(4)) {
                case 0 -> List.of();
                case 1 -> TEST_SELF;
                default -> generatedSelf(random);
            };
            changed += assertSame(text, self) ? 1 : 0;
        }
        assertTrue(changed > 15_000, "generated texts with findings: " + changed);
    }

    /** Asserts every compared answer is the same; tells whether the text had any finding. */
    private boolean assertSame(String text, List<String> self) {
        LegacyNormalizedText before = LegacyNormalizedText.of(text);
        NormalizedText after = NormalizedText.of(text);
        assertEquals(before.text(), after.text(), () -> "normalised: " + text);
        for (int i = 0; i < after.length(); i++) {
            Detector.Span one = new Detector.Span(PiiType.URL, i, i + 1);
            assertEquals(before.toOriginal(one), after.toOriginal(one), () -> "map back: " + text);
        }
        assertEquals(List.copyOf(LegacySelfIdentifierMatcher.keys(self)), List.copyOf(SelfIdentifierMatcher.keys(self)),
                () -> "keys: " + self);
        List<Finding> expected = legacy.findings(text, self);
        assertEquals(expected, redactor.findings(text, self), () -> "findings: " + text + " / " + self);
        assertEquals(legacy.redact(text, self), redactor.redact(text, self), () -> "redacted: " + text);
        assertEquals(legacyPersonalData.firstType(text), personalData.firstType(text), () -> "guard: " + text);
        return !expected.isEmpty();
    }

    private static String generated(Random random, List<String> tables) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(5) == 0) {
            String t = tables.get(random.nextInt(tables.size()));
            int from = random.nextInt(t.length() + 1);
            b.append(t, from, from + random.nextInt(t.length() - from + 1));
        }
        for (int k = 1 + random.nextInt(40); k > 0; k--) {
            switch (random.nextInt(8)) {
                case 0 -> b.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 'A' + random.nextInt(26)));
                case 1 -> b.append((char) ('0' + random.nextInt(10)));
                case 2 -> b.append((char) ('０' + random.nextInt(10)));
                case 3 -> b.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
                case 4 -> b.append((char) random.nextInt(0x3100));
                default -> b.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    private static List<String> generatedSelf(Random random) {
        List<String> self = new ArrayList<>();
        for (int k = random.nextInt(5); k > 0; k--) {
            String piece = SELF_PIECES[random.nextInt(SELF_PIECES.length)];
            self.add(random.nextInt(4) == 0 ? piece + (char) ('0' + random.nextInt(10)) : piece);
        }
        if (random.nextInt(10) == 0) {
            self.add(null);
        }
        return self;
    }

    private static List<String> tableTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String table : List.of("cases.tsv", "adversarial.tsv", "heldout.tsv")) {
            CaseTable.load("/redaction/" + table).forEach(c -> texts.add(c.input()));
        }
        for (String list : List.of("guard-moderator-texts.txt", "guard-third-party.txt")) {
            try (InputStream in = RedactionEquivalenceTest.class.getResourceAsStream("/redaction/" + list)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        texts.add(line);
                    }
                }
            }
        }
        return texts;
    }
}
