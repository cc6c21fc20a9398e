package org.sealedintake.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.intake.attachment.TestImages;
import org.sealedintake.support.Db;
import org.sealedintake.support.DumpValues;
import org.sealedintake.support.Tokens;

/**
 * The attacker holds a logical copy of the database (a dump, a backup, a replica read through SQL),
 * and perhaps an ordinary platform account of their own. They must not be able to tell whether two
 * reports share a reporter, nor confirm a guessed reporter (issue 6, threats T21 and T22).
 */
@QuarkusTest
class UnlinkableStorageTest {
    private static final String TARGET = "post:" + UUID.randomUUID();

    @Test
    void aDumpSharesNoValueBetweenOneReportersReportsThatItDoesNotShareWithAnotherReporters() {
        // The strongest linking case: one reporter files the same body twice, with the same contact
        // handles and an attachment each; another reporter files about the same post.
        UUID a1 = file("reporter-a", contact("wx_alpha_1", "+86 138 0013 8000"), upload("reporter-a"));
        UUID a2 = file("reporter-a", contact("wx_alpha_1", "+86 138 0013 8000"), upload("reporter-a"));
        UUID b1 = file("reporter-b", contact("wx_bravo_2", "+86 139 0013 9000"), upload("reporter-b"));
        UUID b2 = file("reporter-b", contact("wx_bravo_2", "+86 139 0013 9000"), upload("reporter-b"));

        Set<String> onlyA = shared(a1, a2);
        onlyA.removeAll(DumpValues.of(b1));
        onlyA.removeAll(DumpValues.of(b2));
        assertEquals(Set.of(), onlyA, "values that group reporter-a's two reports");
        Set<String> onlyB = shared(b1, b2);
        onlyB.removeAll(DumpValues.of(a1));
        onlyB.removeAll(DumpValues.of(a2));
        assertEquals(Set.of(), onlyB, "values that group reporter-b's two reports");
    }

    @Test
    void ciphertextLengthsDoNotGroupAReportersReports() {
        // A reporter with a long contact block and one without: equal lengths for all their reports.
        // The longest contact block the contract allows (wechat 100, phone 40, e-mail 254, qq 40 characters).
        UUID a = file("reporter-a", """
                {"wechat":"%s","phone":"+86 138 0013 8000 %s","email":"%s@example.test","qq":"%s"}"""
                .formatted("w".repeat(100), "1".repeat(22), "e".repeat(241), "9".repeat(40)), null);
        UUID b = file("reporter-b", null, null);
        for (String column : List.of("ciphertext", "fingerprint_set")) {
            assertEquals(DumpValues.length("sealed_identity", column, a), DumpValues.length("sealed_identity", column, b),
                    "sealed_identity." + column + " length tells the two identities apart");
        }
    }

    @Test
    void aChosenContactValueConfirmsNoGuessedReporter() {
        // An ordinary user who can read the database names reporter-a's account, e-mail and phone as
        // their own contact handles, then looks for any value their report shares with reporter-a's.
        var claims = Tokens.claims(Tokens.of("reporter-a"));
        UUID real = file("reporter-a", contact("wx_real_" + UUID.randomUUID().toString().substring(0, 6), "+86 138 0013 8000"),
                null);
        UUID guess = file("reporter-b", """
                {"wechat":"%s","email":"%s","phone":"+86 138 0013 8000","qq":"%s"}"""
                .formatted(claims.getString("preferred_username"), claims.getString("email"), claims.getString("sub")),
                null);
        Set<String> common = new HashSet<>(DumpValues.of(real));
        common.retainAll(DumpValues.of(guess));
        common.removeAll(Set.of(TARGET, "creator"));
        assertEquals(Set.of(), common, "a value the guesser's report shares with reporter-a's");
    }

    @Test
    void rowsFoundOnlyThroughAnAccountKeyRepeatNoValue() {
        file("reporter-a", null, null);
        file("reporter-a", null, null);
        for (String[] tc : new String[][] { { "owner_pointer", "locator" }, { "owner_pointer", "sealed_ref" },
                { "quota_window", "locator" }, { "quota_window", "sealed_state" },
                { "report_owner_proof", "proof" }, { "idempotency_record", "body_fingerprint" } }) {
            long rows = Db.count("select count(*) from " + tc[0]);
            assertTrue(rows > 0, tc[0] + " has rows");
            assertEquals(rows, Db.count("select count(distinct " + tc[1] + ") from " + tc[0]), tc[0] + "." + tc[1]);
        }
    }

    private static Set<String> shared(UUID one, UUID two) {
        Set<String> s = new HashSet<>(DumpValues.of(one));
        s.retainAll(DumpValues.of(two));
        s.removeAll(Set.of(TARGET, "creator"));
        return s;
    }

    private static String contact(String wechat, String phone) {
        return """
                {"wechat":"%s","phone":"%s"}""".formatted(wechat, phone);
    }

    static String upload(String user) {
        return given().auth().oauth2(Tokens.of(user))
                .multiPart("file", "shot.png", TestImages.png(8, 8), "image/png")
                .post("/v1/attachments").then().statusCode(201).extract().path("attachmentId");
    }

    static UUID file(String user, String contactJson, String attachmentId) {
        String body = """
                {"category":"HARASSMENT","targetContentRef":"%s","targetAccount":"creator",
                 "description":"The same insulting replies under every post","involvesMinor":false,
                 "victim":{"type":"SELF"}%s%s}""".formatted(TARGET,
                contactJson == null ? "" : ",\"reporterContact\":" + contactJson,
                attachmentId == null ? "" : ",\"attachmentIds\":[\"" + attachmentId + "\"]");
        return UUID.fromString(given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/v1/reports").then().statusCode(201).extract().path("reportId"));
    }
}
