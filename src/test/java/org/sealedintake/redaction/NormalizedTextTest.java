package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void readsEveryNumeralFormAsItsDigit() {
        assertEquals("0123456789", NormalizedText.of("〇一二三四五六七八九").text());
        assertEquals("0123456789", NormalizedText.of("零壹贰叁肆伍陆柒捌玖").text());
        assertEquals("0123456789", NormalizedText.of("洞幺两参四五陸拐八勾").text());
        assertEquals("0123456789", NormalizedText.of("零壹貳參肆伍陸柒捌玖").text());
    }

    @Test
    void leavesShortNumeralWordsAlone() {
        assertEquals("一一对应,三三两两", NormalizedText.of("一一对应，三三两两").text());
    }

    @Test
    void foldsFullWidthCircledAndTraditionalForms() {
        assertEquals("138 0013-8000 电话号", NormalizedText.of("１３８　⓪⓪①③－８０００ 電話號").text());
    }

    @Test
    void mapsNormalisedRangesBackToTheOriginal() {
        String original = "电话：⑬⑧⓪⓪ 完";
        NormalizedText n = NormalizedText.of(original);
        assertEquals("电话:13800 完", n.text());
        // "13" came from one circled char: both normalised chars map back to it.
        Finding f = n.toOriginal(new Detector.Span(PiiType.PHONE, 3, 8));
        assertEquals("⑬⑧⓪⓪", original.substring(f.start(), f.end()));
    }
}
