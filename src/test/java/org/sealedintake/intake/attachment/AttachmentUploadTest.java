package org.sealedintake.intake.attachment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

@QuarkusTest
class AttachmentUploadTest {
    private static final Path UPLOADS_DIR = Path.of("target/test-uploads");
    private static final int MIB = 1024 * 1024;

    @Inject
    IntakeCleanupJob cleanup;

    @BeforeAll
    static void noLeftoverUploadFiles() throws IOException {
        assertTrue(filesUnder(UPLOADS_DIR).isEmpty(), "target/test-uploads must start empty");
    }

    @Test
    void acceptsPngJpegAndWebpJudgedByContentWhateverTheDeclaredType() throws SQLException {
        JsonPath png = uploadOk("reporter-a", TestImages.png(30, 20), "application/octet-stream");
        assertEquals("image/png", png.getString("mediaType"));
        assertEquals(30, png.getInt("width"));
        assertEquals(20, png.getInt("height"));

        JsonPath jpeg = uploadOk("reporter-a", TestImages.jpeg(64, 48), "image/png");
        assertEquals("image/jpeg", jpeg.getString("mediaType"));
        assertEquals(64, jpeg.getInt("width"));
        assertEquals(48, jpeg.getInt("height"));

        JsonPath webp = uploadOk("reporter-a", TestImages.webpLossless5x3(), "text/plain");
        assertEquals("image/webp", webp.getString("mediaType"));
        assertEquals(5, webp.getInt("width"));
        assertEquals(3, webp.getInt("height"));

        JsonPath lossy = uploadOk("reporter-a", TestImages.webpLossy5x3(), "image/webp");
        assertEquals("image/webp", lossy.getString("mediaType"));
        JsonPath extended = uploadOk("reporter-a", TestImages.webpExtended(), "image/webp");
        assertEquals(1, extended.getInt("width"));
    }

    @Test
    void storesBytesEncryptedWithATwentyFourHourExpiryAndAnAuditEvent() throws SQLException {
        byte[] image = TestImages.png(50, 50);
        Instant before = Instant.now();
        JsonPath receipt = uploadOk("reporter-a", image, "image/png");
        UUID id = UUID.fromString(receipt.getString("attachmentId"));
        Instant expiresAt = Instant.parse(receipt.getString("expiresAt"));
        assertFalse(expiresAt.isBefore(before.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofHours(24)).plusSeconds(1)));

        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("""
                        select a.size_bytes, a.report_id, b.content from attachment a
                          join attachment_blob b on b.attachment_id = a.id where a.id = ?""")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(image.length, rs.getLong(1));
                assertNull(rs.getObject(2));
                byte[] stored = rs.getBytes(3);
                assertFalse(Arrays.equals(image, stored));
                assertEquals(-1, indexOf(stored, Arrays.copyOfRange(image, 0, 16)), "PNG header stored in the clear");
            }
        }
        assertEquals(1, count("select count(*) from audit_event where action = 'attachment.uploaded' and object_id = '"
                + id + "' and actor = 'reporter-of-report' and outcome = 'ok'"));
    }

    @Test
    void refusesNonImageBytesSentAsPngWith415AndStoresNothing() throws SQLException {
        long[] before = rowCounts();
        upload("reporter-a", "just text pretending to be a picture".getBytes(StandardCharsets.UTF_8), "image/png")
                .then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415)).body("type", startsWith("https://"));
        assertArrayEquals(before, rowCounts());
    }

    @Test
    void refusesAnElevenMebibyteUploadWith413ProblemJsonAndStoresNothing() throws SQLException {
        long[] before = rowCounts();
        byte[] big = new byte[11 * MIB];
        System.arraycopy(TestImages.png(4, 4), 0, big, 0, 20);
        // With Content-Length (a byte[] body): refused by the HTTP layer's limit before the endpoint runs.
        String boundary = "len-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("reporter-a"))
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(multipartBody(boundary, big))
                .post("/v1/attachments")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("type", equalTo("https://sealed-intake.example/problems/request-too-large"));
        // RestAssured's own multipart is sent chunked: refused by the endpoint's bounded reader.
        upload("reporter-a", big, "image/png")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("type", equalTo("https://sealed-intake.example/problems/upload-too-large"));
        assertArrayEquals(before, rowCounts());
    }

    @Test
    void refusesAFileOneByteOverTenMebibytesWith413FromTheService() throws SQLException {
        long[] before = rowCounts();
        byte[] justOver = new byte[10 * MIB + 1];
        byte[] png = TestImages.png(4, 4);
        System.arraycopy(png, 0, justOver, 0, png.length);
        upload("reporter-a", justOver, "image/png")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/upload-too-large"));
        assertArrayEquals(before, rowCounts());
    }

    @Test
    void refusesAChunkedOversizeBodyWith413ProblemJson() throws SQLException {
        long[] before = rowCounts();
        String boundary = "chunked-" + UUID.randomUUID();
        byte[] body = multipartBody(boundary, new byte[10 * MIB + 40 * 1024]);
        // An InputStream body has no Content-Length: the HTTP client sends it chunked.
        given().auth().oauth2(Tokens.of("reporter-a"))
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(new ByteArrayInputStream(body))
                .post("/v1/attachments")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/upload-too-large"));
        assertArrayEquals(before, rowCounts());
    }

    @Test
    void refusesPngHeaderClaimingHundredThousandByHundredThousandPixelsWith413() throws SQLException {
        long[] before = rowCounts();
        long started = System.nanoTime();
        upload("reporter-a", TestImages.pngClaiming(100_000, 100_000), "image/png")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/image-too-large"));
        // Decoding 10^10 pixels would need 40 GB; the answer comes from the header alone.
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5);
        assertArrayEquals(before, rowCounts());
    }

    @Test
    void refusesTruncatedPngAndTwoFilePartsWith400() throws SQLException {
        long[] before = rowCounts();
        byte[] png = TestImages.png(20, 20);
        upload("reporter-a", Arrays.copyOf(png, png.length / 2), "image/png")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/malformed-image"));
        given().auth().oauth2(Tokens.of("reporter-a"))
                .multiPart("file", "a.png", png, "image/png")
                .multiPart("file", "b.png", png, "image/png")
                .post("/v1/attachments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/invalid-multipart"));
        assertArrayEquals(before, rowCounts());
    }

    @Test
    void reportFiledWithItsOwnAttachmentsShowsThem() {
        String a1 = uploadOk("reporter-a", TestImages.png(10, 12), "image/png").getString("attachmentId");
        String a2 = uploadOk("reporter-a", TestImages.jpeg(16, 8), "image/jpeg").getString("attachmentId");
        String reportId = fileReport("reporter-a", List.of(a1, a2)).then().statusCode(201)
                .extract().path("reportId");
        given().auth().oauth2(Tokens.of("reporter-a"))
                .get("/v1/reports/" + reportId)
                .then().statusCode(200)
                .body("attachments.id", containsInAnyOrder(a1, a2))
                .body("attachments.find { it.id == '" + a2 + "' }.mediaType", equalTo("image/jpeg"))
                .body("attachments.find { it.id == '" + a1 + "' }.width", equalTo(10));
        // Used once, it cannot be attached to a second report.
        fileReport("reporter-a", List.of(a1)).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void expiredAttachmentCannotBeAttachedAndTheReportIsNotFiled() throws SQLException {
        String old = uploadOk("reporter-a", TestImages.png(8, 8), "image/png").getString("attachmentId");
        execute("update attachment set expires_at = now() - interval '1 second' where id = '" + old + "'");
        long reports = count("select count(*) from report");
        fileReport("reporter-a", List.of(old)).then().statusCode(422).contentType("application/problem+json");
        assertEquals(reports, count("select count(*) from report"));
    }

    @Test
    void anotherReporterUsingMyAttachmentGets404AndNothingChanges() throws SQLException {
        String mine = uploadOk("reporter-a", TestImages.png(9, 9), "image/png").getString("attachmentId");
        long reports = count("select count(*) from report");
        fileReport("reporter-b", List.of(mine))
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(reports, count("select count(*) from report"));
        assertEquals(0, count("select count(*) from attachment where report_id is not null and id = '" + mine + "'"));
        // The owner still can use it.
        fileReport("reporter-a", List.of(mine)).then().statusCode(201);
    }

    @Test
    void uploadNeedsATokenAndTheUserRole() throws SQLException {
        long[] before = rowCounts();
        given().multiPart("file", "a.png", TestImages.png(4, 4), "image/png")
                .post("/v1/attachments")
                .then().statusCode(401).contentType("application/problem+json");
        upload("moderator", TestImages.png(4, 4), "image/png")
                .then().statusCode(403).contentType("application/problem+json");
        assertArrayEquals(before, rowCounts());
    }

    @Test
    void uploadsNeverLeaveFilesInTheHttpUploadsDirectory() throws IOException {
        for (int i = 0; i < 3; i++) {
            uploadOk("reporter-b", TestImages.png(300, 200), "image/png");
        }
        upload("reporter-b", "not an image".getBytes(StandardCharsets.UTF_8), "image/png").then().statusCode(415);
        // delete-uploaded-files-on-end is off in tests: a file written by the HTTP layer would still be here.
        assertEquals(List.of(), filesUnder(UPLOADS_DIR));
    }

    @Test
    void cleanupDeletesExpiredUnusedAttachmentsButKeepsUsedAndFreshOnes() throws SQLException {
        String unused = uploadOk("reporter-a", TestImages.png(5, 5), "image/png").getString("attachmentId");
        String used = uploadOk("reporter-a", TestImages.png(6, 6), "image/png").getString("attachmentId");
        String fresh = uploadOk("reporter-a", TestImages.png(7, 7), "image/png").getString("attachmentId");
        fileReport("reporter-a", List.of(used)).then().statusCode(201);
        execute("update attachment set expires_at = now() - interval '1 minute' where id in ('" + unused + "', '" + used + "')");

        assertTrue(cleanup.purge().attachments() >= 1);

        assertEquals(0, count("select count(*) from attachment where id = '" + unused + "'"));
        assertEquals(0, count("select count(*) from attachment_blob where attachment_id = '" + unused + "'"));
        assertEquals(1, count("select count(*) from attachment where id = '" + used + "'"));
        assertEquals(1, count("select count(*) from attachment_blob where attachment_id = '" + fresh + "'"));
    }

    // --- helpers ---

    private static Response upload(String user, byte[] content, String declaredType) {
        return given().auth().oauth2(Tokens.of(user))
                .multiPart("file", "upload.bin", content, declaredType)
                .post("/v1/attachments");
    }

    private static JsonPath uploadOk(String user, byte[] content, String declaredType) {
        JsonPath receipt = upload(user, content, declaredType)
                .then().statusCode(201).contentType(ContentType.JSON)
                .extract().jsonPath();
        assertNotNull(receipt.getString("attachmentId"));
        assertEquals(content.length, receipt.getLong("sizeBytes"));
        return receipt;
    }

    private static Response fileReport(String user, List<String> attachmentIds) {
        String ids = String.join(",", attachmentIds.stream().map(id -> "\"" + id + "\"").toList());
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","targetAccount":"creator",
                         "description":"Screenshots attached","involvesMinor":false,"victim":{"type":"SELF"},
                         "attachmentIds":[%s]}""".formatted(UUID.randomUUID(), ids))
                .post("/v1/reports");
    }

    private static byte[] multipartBody(String boundary, byte[] content) {
        return TestImages.concat(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                content, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Rows of attachment, attachment_blob and attachment audit events. */
    private static long[] rowCounts() throws SQLException {
        return new long[] { count("select count(*) from attachment"), count("select count(*) from attachment_blob"),
                count("select count(*) from audit_event where action = 'attachment.uploaded'") };
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestEnvironment.ownerConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = TestEnvironment.ownerConnection()) {
            c.createStatement().executeUpdate(sql);
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
