package org.sealedintake.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Format version 2 of the fingerprint set: every attribute and its variants, found in any claimed
 * disguise, as whole words; a fixed size whatever the identity's shape; version 1 rows still read;
 * the self-test's result inside the set. Plain JUnit over a fresh key ({@link TestMatchers}).
 */
class FingerprintVariantsTest {
    static final ReporterIdentity ZHANG = new ReporterIdentity("5f0c2a8e-9d41-4b7e-8c11-2f3a4b5c6d7e", "zhangwei_88",
            "伟 张", "zhang.wei88@example.com", Map.of("wechat", "wx_lili1999", "phone", "+86 138-0013-8000", "qq", "20261126"));
    static final ReporterIdentity ALICE = new ReporterIdentity("0a1b2c3d-0000-4000-8000-000000000001", "amartin",
            "Alice Martin", "alice.martin@example.org", Map.of("email", "a.m.private@example.net"));
    static final ReporterIdentity OUYANG = new ReporterIdentity("0a1b2c3d-0000-4000-8000-000000000002", "oy_nana",
            "欧阳娜娜", null, Map.of());

    @Test
    void aChineseNameIsFoundInEveryClaimedSpelling() {
        IdentityMatcher m = TestMatchers.of(ZHANG);
        for (String text : List.of("请联系张伟处理", "請聯繫張偉處理", "张 伟 发的", "张-伟", "Zhang Wei posted it", "ZHANGWEI",
                "zhāng wěi", "zhang1 wei3", "Wei Zhang said", "老张说的", "是张先生", "小伟干的", "ｚｈａｎｇ ｗｅｉ",
                "z h a n g w e i", "张\u200B伟", "Mr Zhang")) {
            assertTrue(m.matches(text), text);
        }
    }

    @Test
    void handlesPhonesAndEmailsAreFoundInEveryClaimedSpelling() {
        IdentityMatcher m = TestMatchers.of(ZHANG);
        for (String text : List.of("加我 wx_lili1999", "WX-LILI1999", "ｗｘ＿ｌｉｌｉ１９９９", "wх_lіlі1999 (Cyrillic)",
                "电话 13800138000", "+86 138 0013 8000", "0086-13800138000", "一三八〇〇一三八〇〇〇", "壹叁捌零零壹叁捌零零零",
                "１３８－００１３－８０００", "138\u200B0013\u200B8000", "zhang.wei88@example.com", "ZHANG WEI88 at example",
                "zhangwei_88", "QQ 20261126", "二〇二六一一二六", "5f0c2a8e-9d41-4b7e-8c11-2f3a4b5c6d7e")) {
            assertTrue(m.matches(text), text);
        }
    }

    @Test
    void aLatinNameAndCompoundSurnameAreFound() {
        IdentityMatcher alice = TestMatchers.of(ALICE);
        for (String text : List.of("Alice Martin", "MARTIN, Alice", "ＡＬＩＣＥ ＭＡＲＴＩＮ", "Аlісе Mаrtіn", "a-l-i-c-e", "Martin",
                "a.m.private@example.net")) {
            assertTrue(alice.matches(text), text);
        }
        IdentityMatcher ouyang = TestMatchers.of(OUYANG);
        for (String text : List.of("欧阳娜娜", "歐陽娜娜", "ouyang nana", "Nana Ouyang", "娜娜", "欧阳女士")) {
            assertTrue(ouyang.matches(text), text);
        }
    }

    @Test
    void valuesMatchOnlyAsWholeWordsAndStrangersDoNotMatch() {
        IdentityMatcher m = TestMatchers.of(List.of(ZHANG, ALICE));
        for (String text : List.of("Your video post:8812 was removed under rule 4.2 (harassment).",
                "您的视频因违反社区规则第4.2条（骚扰）被移除。", "malice and weight", "Wangfujing street", "张贴了一张图片",
                "call 139 0000 0000", "wx_lili2000", "alicemartinez", "the weight of evidence", "一二三四五六七八九")) {
            assertFalse(m.matches(text), text);
        }
    }

    @Test
    void everySetHasTheSameSizeWhateverTheIdentitysShape() {
        IdentityFingerprints f = new IdentityFingerprints(TestMatchers.blindIndex());
        int rich = f.of(ZHANG).encode().length;
        int bare = f.of(new ReporterIdentity("s", null, null, null, Map.of())).encode().length;
        assertEquals(FingerprintSet.ENCODED_BYTES_V2, rich);
        assertEquals(rich, bare);
        assertTrue(TestMatchers.variantCount(ZHANG) <= FingerprintSet.CAPACITY_V2,
                "a rich identity fits: " + TestMatchers.variantCount(ZHANG));
    }

    @Test
    void theSelfTestPassesForOrdinaryIdentitiesAndFailsWhenVariantsAreCut() {
        for (ReporterIdentity id : List.of(ZHANG, ALICE, OUYANG)) {
            IdentityMatcher own = TestMatchers.of(id);
            for (String text : TestMatchers.selfTestTexts(id)) {
                assertTrue(own.matches(text), "self-test sentence not recognised: " + text);
            }
            assertTrue(TestMatchers.selfTestPasses(id));
            assertTrue(own.selfTestsPassed());
        }
        // Far more contact values than the set holds: the cut ones are not found, and the set says so.
        Map<String, String> many = new java.util.LinkedHashMap<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            name.append("Name").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
        }
        ReporterIdentity crowded = new ReporterIdentity("s-crowded", "crowded", name.toString().strip(), null, many);
        assertFalse(TestMatchers.selfTestPasses(crowded));
        assertFalse(TestMatchers.of(crowded).selfTestsPassed());
    }

    @Test
    void versionOneSetsAreStillReadAndMatchedButNeverCountAsSelfTested() {
        IdentityFingerprints f = new IdentityFingerprints(TestMatchers.blindIndex());
        byte[] stored = f.version1Of(ZHANG).encode();
        assertEquals(FingerprintSet.ENCODED_BYTES_V1, stored.length);
        FingerprintSet read = FingerprintSet.decode(stored);
        assertEquals(FingerprintSet.VERSION_1, read.version());
        IdentityMatcher m = new IdentityMatcher(f, List.of(read));
        assertTrue(m.matches("加我 WX-LILI1999"));
        assertFalse(m.selfTestsPassed());
        List<FingerprintSet> both = new ArrayList<>(List.of(read, FingerprintSet.decode(f.of(ALICE).encode())));
        IdentityMatcher mixed = new IdentityMatcher(f, both);
        assertTrue(mixed.matches("Alice Martin") && mixed.matches("13800138000"));
        assertThrows(IllegalStateException.class, () -> FingerprintSet.decode(new byte[] { 3, 0, 0 }));
    }
}
