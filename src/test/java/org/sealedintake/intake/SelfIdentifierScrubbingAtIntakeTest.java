package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.support.KeycloakAdmin;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/**
 * Issue 8 item 2: the reporter names themself in the text (threat T9). The text moderators will read
 * is scrubbed at intake, while the identity is in memory; the reporter still reads what they wrote.
 */
@QuarkusTest
class SelfIdentifierScrubbingAtIntakeTest {
    @Inject
    DataCipher cipher;

    @Test
    void theReportersNameHandlesAndPhoneInDisguisesBecomeReporterForModerators() throws Exception {
        String username = "zhangwei-" + UUID.randomUUID().toString().substring(0, 6);
        String userId = KeycloakAdmin.createUser(username, "伟", "张");
        try {
            String token = Tokens.from(Tokens.REALM, "app", username);
            String description = "我是张伟，也写作張偉、ＺＨＡＮＧ　ＷＥＩ、zhang-wei。他一直骚扰我，加我微信 wx_zw_2024 "
                    + "或打 １３８ ００１３ ８０００，我的账号是 " + username.toUpperCase() + "。帖子在昨天 20:15 发布，共 12 条评论。";
            String reportId = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("""
                            {"category":"HARASSMENT","targetContentRef":"post:%s","description":"%s","involvesMinor":false,
                             "victim":{"type":"SELF"},"reporterContact":{"wechat":"wx_zw_2024","phone":"+86 138 0013 8000"}}"""
                            .formatted(UUID.randomUUID(), description))
                    .post("/v1/reports").then().statusCode(201).extract().path("reportId");

            String forModerators = moderatorText(UUID.fromString(reportId));
            assertTrue(forModerators.contains("[REPORTER]"), forModerators);
            for (String form : List.of("张伟", "張偉", "ZHANG", "zhang-wei", "wx_zw_2024", "１３８", "0013", username.toUpperCase())) {
                assertFalse(forModerators.contains(form), "left for moderators: " + form + " in " + forModerators);
            }
            assertTrue(forModerators.contains("骚扰") && forModerators.contains("20:15") && forModerators.contains("12 条"),
                    "the rest of the text stays readable: " + forModerators);
            given().auth().oauth2(token).get("/v1/reports/" + reportId).then().statusCode(200)
                    .body("description", equalTo(description));
        } finally {
            KeycloakAdmin.deleteUser(userId);
        }
    }

    private String moderatorText(UUID reportId) throws Exception {
        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("select moderator_text from report where id = ?")) {
            s.setObject(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new String(cipher.decrypt(rs.getBytes(1), AssociatedData.reportModeratorText(reportId)),
                        StandardCharsets.UTF_8);
            }
        }
    }
}
