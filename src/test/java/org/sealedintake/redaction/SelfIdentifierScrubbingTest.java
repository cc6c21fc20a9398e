package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The reporter's own name, account, e-mail, handle and phone become [REPORTER] in any disguise. */
class SelfIdentifierScrubbingTest {
    private static final List<String> REPORTER = List.of("张伟", "zhangwei88", "zw.reporter@example.com",
            "@little_wei", "+86 139 1234 5678", "Alice Wang");
    private final Redactor redactor = new Redactor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain Chinese name          | 我是张伟，他骂我             | 我是[REPORTER]，他骂我
            traditional characters      | 我是張偉，他罵我             | 我是[REPORTER]，他罵我
            spaced name                 | 我是 张 伟 本人              | 我是 [REPORTER] 本人
            dashed name                 | 署名：张-伟                  | 署名：[REPORTER]
            full-width pinyin           | ＺＨＡＮＧ　ＷＥＩ is me      | [REPORTER] is me
            pinyin with tone marks      | I am Zhāng Wěi              | I am [REPORTER]
            pinyin, Western order       | Wei Zhang here              | [REPORTER] here
            pinyin, dashed              | zhang-wei posted it         | [REPORTER] posted it
            pinyin, spaced letters      | z h a n g w e i             | [REPORTER]
            account                     | 我的账号zhangwei88被封了      | 我的账号[REPORTER]被封了
            account full-width          | 账号ｚｈａｎｇｗｅｉ８８        | 账号[REPORTER]
            account dashed              | zhang-wei-88 is my account  | [REPORTER] is my account
            e-mail                      | mail zw.reporter@example.com | mail [REPORTER]
            e-mail local part           | my other box is zw.reporter at gmail | my other box is [REPORTER] at gmail
            handle                      | 他@little_wei 说我坏话         | 他[REPORTER] 说我坏话
            handle full-width           | ＠ｌｉｔｔｌｅ＿ｗｅｉ 是我      | [REPORTER] 是我
            handle spaced               | l i t t l e _ w e i          | [REPORTER]
            handle Cyrillic look-alikes | follow @lіttlе_wеі now       | follow [REPORTER] now
            handle Greek look-alike     | it was lιttle_wei            | it was [REPORTER]
            phone                       | 打13912345678找我             | 打[REPORTER]找我
            phone with country code     | +86-139-1234-5678           | [REPORTER]
            phone spaced                | 139 1234 5678               | [REPORTER]
            phone in Chinese numerals   | 一三九一二三四五六七八         | [REPORTER]
            phone in financial numerals | 壹叁玖壹贰叁肆伍陆柒捌         | [REPORTER]
            Latin name                  | Alice Wang reported this    | [REPORTER] reported this
            Latin name part             | ask Alice about it          | ask [REPORTER] about it
            Latin name part, surname    | Ms. WANG knows              | Ms. [REPORTER] knows
            """)
    void scrubsTheReportersOwnIdentifiers(String disguise, String text, String expected) {
        assertEquals(expected, redactor.redact(text, REPORTER), disguise);
    }

    @Test
    void otherPeoplesIdentifiersKeepTheirOwnPlaceholders() {
        assertEquals("[REPORTER] 说 [PHONE] 是骚扰者的号码",
                redactor.redact("张伟 说 13800138000 是骚扰者的号码", REPORTER));
    }

    @Test
    void aNameTheIdentityProviderComposedGivenNameFirstIsFoundInChineseOrder() {
        // Keycloak's "name" claim is "given family": "伟 张" for 张伟.
        List<String> fromToken = List.of("伟 张");
        assertEquals("我是[REPORTER]，也写作[REPORTER]、[REPORTER]", redactor.redact("我是张伟，也写作張偉、Zhang Wei", fromToken));
    }

    @Test
    void wordsThatOnlyContainANamePartSurvive() {
        assertEquals("malice and Wangfujing", redactor.redact("malice and Wangfujing", REPORTER));
    }

    @Test
    void withoutSelfIdentifiersTheNameStays() {
        assertEquals("我是张伟", redactor.redact("我是张伟", List.of()));
        assertEquals("我是张伟", redactor.redact("我是张伟"));
    }

    @Test
    void restOfTheTextStaysAsWritten() {
        String text = "（全角）ＡＢＣ 張偉 ｘｙｚ";
        assertEquals("（全角）ＡＢＣ [REPORTER] ｘｙｚ", redactor.redact(text, REPORTER));
    }
}
