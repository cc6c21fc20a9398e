package org.sealedintake.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.internal.ConscryptUtil;
import com.google.crypto.tink.signature.Ed25519Parameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Security;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * D26: the service seals and signs through Conscrypt, and what either backend writes the other reads, so
 * a replica that could not load the native library (or an executor on another machine) still opens every
 * identity and checks every audit seal.
 */
class NativeCryptoTest {
    private static final byte[] IDENTITY = "{\"account\":\"reporter-a\",\"contact\":\"+86 138 0013 8000\"}"
            .getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void tink() throws GeneralSecurityException {
        KeyRing.registerTink();
    }

    @AfterEach
    void backOn() {
        NativeCrypto.install(true);
    }

    @Test
    void onThisMachineTinkFindsTheNativeBackend() {
        assertTrue(NativeCrypto.install(true), "Conscrypt's library did not load: sealing would run in pure Java");
        // Tink's own lookup, the one its X25519 and Ed25519 factories ask when a primitive is made.
        assertNotNull(ConscryptUtil.providerOrNull());
    }

    @Test
    void switchedOffItInstallsNothing() {
        Security.removeProvider(NativeCrypto.PROVIDER);
        assertFalse(NativeCrypto.install(false));
        assertNull(ConscryptUtil.providerOrNull());
    }

    @Test
    void identitiesSealedOnEitherBackendOpenOnTheOther() throws GeneralSecurityException {
        KeysetHandle sealing = KeysetHandle.generateNew(KeyGenerator.sealingParameters());
        byte[] context = AssociatedData.reportIdentity(UUID.randomUUID());

        NativeCrypto.install(true);
        byte[] sealedNatively = encrypter(sealing).encrypt(IDENTITY, context);
        HybridDecrypt nativeOpener = opener(sealing);

        Security.removeProvider(NativeCrypto.PROVIDER);
        byte[] sealedInJava = encrypter(sealing).encrypt(IDENTITY, context);
        HybridDecrypt javaOpener = opener(sealing);

        assertArrayEquals(IDENTITY, javaOpener.decrypt(sealedNatively, context));
        assertArrayEquals(IDENTITY, nativeOpener.decrypt(sealedInJava, context));
        // The bound report id still binds on the native path.
        assertThrows(GeneralSecurityException.class,
                () -> nativeOpener.decrypt(sealedInJava, AssociatedData.reportIdentity(UUID.randomUUID())));
    }

    @Test
    void auditSealsAreTheSameBytesOnEitherBackend() throws GeneralSecurityException {
        KeysetHandle signing = KeysetHandle.generateNew(Ed25519Parameters.create(Ed25519Parameters.Variant.TINK));
        byte[] event = "audit event 42".getBytes(StandardCharsets.UTF_8);

        NativeCrypto.install(true);
        byte[] nativeSeal = signer(signing).sign(event);
        PublicKeyVerify nativeVerifier = verifier(signing);

        Security.removeProvider(NativeCrypto.PROVIDER);
        byte[] javaSeal = signer(signing).sign(event);
        PublicKeyVerify javaVerifier = verifier(signing);

        // Ed25519 is deterministic: one key and message give one signature, whoever computes it.
        assertArrayEquals(javaSeal, nativeSeal);
        javaVerifier.verify(nativeSeal, event);
        nativeVerifier.verify(javaSeal, event);
        byte[] edited = "audit event 43".getBytes(StandardCharsets.UTF_8);
        assertThrows(GeneralSecurityException.class, () -> nativeVerifier.verify(javaSeal, edited));
    }

    private static HybridEncrypt encrypter(KeysetHandle sealing) throws GeneralSecurityException {
        return sealing.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
    }

    private static HybridDecrypt opener(KeysetHandle sealing) throws GeneralSecurityException {
        return sealing.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
    }

    private static PublicKeySign signer(KeysetHandle signing) throws GeneralSecurityException {
        return signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
    }

    private static PublicKeyVerify verifier(KeysetHandle signing) throws GeneralSecurityException {
        return signing.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
    }
}
