package org.sealedintake.outbox;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;
import io.restassured.path.json.JsonPath;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * TEST ONLY: what a receiving platform does (docs/outbox.md): fetch {@code GET /v1/outbox/keys} over
 * HTTP, rebuild the signed bytes from the headers and the body as received, and verify the
 * signature, once with Tink and once with the JDK's own Ed25519 and the raw 32-byte key (the path
 * of a receiver without Tink, as with openssl).
 */
final class DeliveryVerifier {
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 key bytes follow. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PublicKeyVerify tink;
    private final PublicKey jdk;
    final long keyId;

    private DeliveryVerifier(PublicKeyVerify tink, PublicKey jdk, long keyId) {
        this.tink = tink;
        this.jdk = jdk;
        this.keyId = keyId;
    }

    static DeliveryVerifier fromPublishedKeys() throws GeneralSecurityException {
        SignatureConfig.register();
        String json = given().get("/v1/outbox/keys").then().statusCode(200).extract().asString();
        KeysetHandle pub = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(json);
        JsonPath keyset = new JsonPath(json);
        long primary = keyset.getLong("primaryKeyId");
        // The key value is the serialised Ed25519PublicKey message: the last 32 bytes are the key.
        byte[] proto = Base64.getDecoder().decode(keyset.getString("key[0].keyData.value"));
        byte[] raw = Arrays.copyOfRange(proto, proto.length - 32, proto.length);
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, 32);
        PublicKey jdk = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        return new DeliveryVerifier(pub.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class), jdk,
                Integer.toUnsignedLong((int) primary));
    }

    static byte[] signedBytes(LoggedRequest r) {
        return OutboxHeaders.signedBytes(UUID.fromString(r.getHeader(OutboxHeaders.EVENT_ID)),
                OutboxKind.valueOf(r.getHeader(OutboxHeaders.KIND)), r.getHeader(OutboxHeaders.DESTINATION),
                r.getHeader(OutboxHeaders.IDEMPOTENCY_KEY), Long.parseLong(r.getHeader(OutboxHeaders.TIMESTAMP)), r.getBody());
    }

    /** True when both Tink and the JDK accept the request's signature over its headers and body. */
    boolean verifies(LoggedRequest r) {
        return verifies(signedBytes(r), Base64.getDecoder().decode(r.getHeader(OutboxHeaders.SIGNATURE)));
    }

    boolean verifies(byte[] signed, byte[] signature) {
        boolean byTink;
        try {
            tink.verify(signature, signed);
            byTink = true;
        } catch (GeneralSecurityException e) {
            byTink = false;
        }
        boolean byJdk;
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(jdk);
            s.update(signed);
            byJdk = s.verify(signature);
        } catch (java.security.SignatureException e) {
            byJdk = false;
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        if (byJdk != byTink) {
            throw new AssertionError("Tink and the JDK disagree about a signature");
        }
        return byJdk;
    }
}
