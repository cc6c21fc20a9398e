package org.sealedintake.intake.attachment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.redaction.image.ImageFixtures;
import org.sealedintake.redaction.image.MetadataProbe;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/**
 * Issue 8 item 3 (threats T8, T26): what moderators will see of an uploaded photo is a copy with no
 * camera, place, author or comment metadata and nothing after the image's end marker, read back with
 * an independent metadata library; the original, as uploaded, stays for its reporter.
 */
@QuarkusTest
class ModeratorCopyAtUploadTest {
    @Inject
    DataCipher cipher;

    @Test
    void aPhotoWithGpsCameraAuthorCommentAndATrailerGetsAModeratorCopyWithNoneOfIt() throws Exception {
        byte[] original = ImageFixtures.jpegWithEverything(64, 48);
        assertNotNull(new MetadataProbe(original).gpsPosition(), "the fixture carries a GPS position");
        String id = given().auth().oauth2(Tokens.of("reporter-a"))
                .multiPart("file", "photo.jpg", original, "image/jpeg")
                .post("/v1/attachments").then().statusCode(201).extract().path("attachmentId");
        UUID attachment = UUID.fromString(id);

        byte[] copy = read("content", attachment, AssociatedData.attachmentModeratorCopy(attachment));
        byte[] preview = read("preview", attachment, AssociatedData.attachmentPreview(attachment));
        MetadataProbe probe = new MetadataProbe(copy);
        assertNull(probe.gpsPosition());
        assertEquals(java.util.List.of(), probe.identifyingFindings(ImageFixtures.MAKE, ImageFixtures.MODEL,
                ImageFixtures.ARTIST, ImageFixtures.COMMENT, ImageFixtures.XMP_CREATOR, ImageFixtures.IPTC_BYLINE));
        String asText = new String(copy, StandardCharsets.ISO_8859_1);
        assertFalse(asText.contains(ImageFixtures.TRAILER_MARK), "the bytes after the end marker are gone");
        assertEquals((byte) 0xD9, copy[copy.length - 1], "the copy ends at its own end marker");
        assertTrue(preview.length > 0 && preview.length < copy.length * 4L);
        assertEquals(1, Db.count("select count(*) from attachment_moderator_copy where attachment_id = ?", attachment));
        assertArrayEquals(original, read(attachment), "the original is kept as uploaded, for its reporter");
    }

    @Test
    void anImageWhoseHeaderPassesButWhosePixelsDoNotDecodeIsRefusedWith422AndNothingIsStored() {
        byte[] png = TestImages.png(32, 32);
        byte[] garbage = new byte[64];
        new java.util.Random(3).nextBytes(garbage);
        // Signature and IHDR as they are (the inspector reads them), then pixel data that is no zlib stream.
        byte[] broken = TestImages.concat(java.util.Arrays.copyOf(png, 33), TestImages.chunk("IDAT", garbage),
                TestImages.chunk("IEND", new byte[0]));
        long before = Db.count("select count(*) from attachment");
        given().auth().oauth2(Tokens.of("reporter-a")).multiPart("file", "broken.png", broken, "image/png")
                .post("/v1/attachments").then().statusCode(422).contentType("application/problem+json");
        assertEquals(before, Db.count("select count(*) from attachment"));
    }

    private byte[] read(String column, UUID attachment, byte[] ad) throws Exception {
        try (Connection c = TestEnvironment.ownerConnection(); PreparedStatement s = c.prepareStatement(
                "select " + column + " from attachment_moderator_copy where attachment_id = ?")) {
            s.setObject(1, attachment);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "a moderator copy exists");
                return cipher.decrypt(rs.getBytes(1), ad);
            }
        }
    }

    private byte[] read(UUID attachment) throws Exception {
        try (Connection c = TestEnvironment.ownerConnection(); PreparedStatement s = c.prepareStatement(
                "select content from attachment_blob where attachment_id = ?")) {
            s.setObject(1, attachment);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return cipher.decrypt(rs.getBytes(1), AssociatedData.attachment(attachment));
            }
        }
    }
}
