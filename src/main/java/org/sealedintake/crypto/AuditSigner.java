package org.sealedintake.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signs audit checkpoints with the Ed25519 keyset {@link KeysetFiles#AUDIT_SIGNING}, which lives
 * outside the database (wrapped by the service KEK). Verification uses the public half only, which
 * {@link #publicKeysetJson()} publishes so that anyone can check exported checkpoints.
 */
@ApplicationScoped
public class AuditSigner {
    /**
     * Seals this process made and nobody has checked yet. Bounded: an event whose transaction rolled back
     * is never chained, so its entry would otherwise stay; the eldest go first and are checked in full.
     */
    static final int SEALED_HERE_CAPACITY = 65_536;

    private final SigningKeyset keys;
    private final Map<ByteBuffer, byte[]> sealedHere = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, byte[]> eldest) {
            return size() > SEALED_HERE_CAPACITY;
        }
    };
    private final AtomicLong fullEventVerifications = new AtomicLong();

    public AuditSigner(KeyRing keyRing) throws GeneralSecurityException {
        this.keys = new SigningKeyset(keyRing.auditSigning(), "checkpoint");
    }

    /** Signs {@code message} with the primary key; the signature carries Tink's key-id prefix. */
    public Signature sign(byte[] message) {
        return new Signature(keys.keyId(), keys.sign(message));
    }

    /**
     * Signs an audit event's seal message, like {@link #sign}, and remembers (digest of the message, seal)
     * until {@link #verifyEvent} checks that seal once.
     */
    public byte[] sealEvent(byte[] message) {
        byte[] seal = keys.sign(message);
        ByteBuffer key = digest(message);
        synchronized (sealedHere) {
            sealedHere.put(key, seal);
        }
        return seal;
    }

    /**
     * {@link #verify} for an event's seal, taking a shortcut for seals this process made: Ed25519 is
     * deterministic, so when this process signed exactly {@code message} and got exactly {@code seal}, the
     * seal is valid and checking it again with the public key would only cost time (the audit chainer
     * checks every event it chains). Anything else (another replica's event, one from before a restart,
     * an event or seal a database writer changed) is checked with the public key. Each remembered seal
     * serves once.
     */
    public boolean verifyEvent(byte[] message, byte[] seal) {
        byte[] made;
        ByteBuffer key = digest(message);
        synchronized (sealedHere) {
            made = sealedHere.remove(key);
        }
        if (made != null && MessageDigest.isEqual(made, seal)) {
            return true;
        }
        fullEventVerifications.incrementAndGet();
        return keys.verify(message, seal);
    }

    /** How many event seals {@link #verifyEvent} checked with the public key (tests, benchmarks). */
    public long fullEventVerifications() {
        return fullEventVerifications.get();
    }

    /** True when {@code signature} is a valid signature of {@code message} by any key of the keyset. */
    public boolean verify(byte[] message, byte[] signature) {
        return keys.verify(message, signature);
    }

    /** The public keyset in Tink's JSON format: key material without any secret. */
    public String publicKeysetJson() {
        return keys.publicKeysetJson();
    }

    /** Id of the key that signs new checkpoints. */
    public long keyId() {
        return keys.keyId();
    }

    private static ByteBuffer digest(byte[] message) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(message));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** A signature and the id of the key that made it. */
    public record Signature(long keyId, byte[] bytes) {
    }
}
