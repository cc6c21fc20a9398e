package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.intake.attachment.TestImages;
import org.sealedintake.support.Db;
import org.sealedintake.support.KeycloakAdmin;
import org.sealedintake.support.ReportBodies;
import org.sealedintake.support.Tokens;

/** Per-account quotas, kept in PostgreSQL (issue 6 D): 429 problem+json with Retry-After, nothing written. */
@QuarkusTest
@TestProfile(QuotaTest.LowQuotas.class)
class QuotaTest {
    /** Small limits, so a test reaches them. */
    public static class LowQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sealed.quota.reports-per-hour", "3", "sealed.quota.uploads-per-hour", "2",
                    "sealed.quota.upload-bytes-per-window", "30000");
        }
    }

    @Test
    void theFourthReportInAnHourIsRefusedWith429AndAnotherAccountIsNotLimited() {
        String username = "quota-" + UUID.randomUUID().toString().substring(0, 8);
        String id = KeycloakAdmin.createUser(username);
        try {
            String token = Tokens.from(Tokens.REALM, "app", username);
            for (int i = 0; i < 3; i++) {
                submit(token, UUID.randomUUID().toString()).then().statusCode(201);
            }
            Map<String, Long> before = Db.intakeCounts();
            String key = UUID.randomUUID().toString();
            Response refused = submit(token, key);
            assertEquals(429, refused.statusCode());
            refused.then().contentType("application/problem+json").body("status", equalTo(429))
                    .body("type", equalTo("https://sealed-intake.example/problems/quota-exceeded"));
            long retryAfter = Long.parseLong(refused.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
            assertEquals(before, Db.intakeCounts(), "a refused report writes nothing");
            // The refused key was released: it is not stuck in flight.
            assertEquals(429, submit(token, key).statusCode());
            // Someone else files as usual.
            String other = "quota-other-" + UUID.randomUUID().toString().substring(0, 8);
            String otherId = KeycloakAdmin.createUser(other);
            submit(Tokens.from(Tokens.REALM, "app", other), UUID.randomUUID().toString()).then().statusCode(201);
            KeycloakAdmin.deleteUser(otherId);
        } finally {
            KeycloakAdmin.deleteUser(id);
        }
    }

    @Test
    void uploadsAreLimitedByCountAndByBytes() {
        String username = "quota-up-" + UUID.randomUUID().toString().substring(0, 8);
        String id = KeycloakAdmin.createUser(username);
        try {
            String token = Tokens.from(Tokens.REALM, "app", username);
            upload(token, TestImages.png(8, 8)).then().statusCode(201);
            upload(token, TestImages.png(8, 8)).then().statusCode(201);
            long before = Db.count("select count(*) from attachment");
            upload(token, TestImages.png(8, 8)).then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
            assertEquals(before, Db.count("select count(*) from attachment"));
            // Refused before decoding: pixels that would not decode (422 under the quota) get 429 here.
            byte[] png = TestImages.png(32, 32);
            byte[] undecodable = TestImages.concat(java.util.Arrays.copyOf(png, 33),
                    TestImages.chunk("IDAT", new byte[64]), TestImages.chunk("IEND", new byte[0]));
            upload(token, undecodable).then().statusCode(429);
        } finally {
            KeycloakAdmin.deleteUser(id);
        }
        String bytesUser = "quota-bytes-" + UUID.randomUUID().toString().substring(0, 8);
        String id2 = KeycloakAdmin.createUser(bytesUser);
        try {
            String token = Tokens.from(Tokens.REALM, "app", bytesUser);
            byte[] noisy = noisePng(80, 80);
            assertTrue(noisy.length > 15000 && noisy.length <= 30000, "one fits the byte limit, two do not: " + noisy.length);
            upload(token, noisy).then().statusCode(201);
            upload(token, noisy).then().statusCode(429)
                    .body("type", equalTo("https://sealed-intake.example/problems/quota-exceeded"));
        } finally {
            KeycloakAdmin.deleteUser(id2);
        }
    }

    /** Random pixels do not compress: the file size follows the pixel count. */
    private static byte[] noisePng(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response submit(String token, String key) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ReportBodies.minimal()).post("/v1/reports");
    }

    private static Response upload(String token, byte[] png) {
        return given().auth().oauth2(token).multiPart("file", "a.png", png, "image/png").post("/v1/attachments");
    }
}
