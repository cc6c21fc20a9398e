package org.sealedintake.sealing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.crypto.SealingEncryptor;

/**
 * The only way into the identity vault. Seals with the public key (this class cannot open what it
 * wrote) and stores keyed fingerprints of each identity attribute beside it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SealedIdentityVault {
    private final SealingEncryptor encryptor;
    private final BlindIndex blindIndex;
    private final SealedIdentityRepository identities;
    private final IdentityFingerprintRepository fingerprints;
    private final ObjectMapper json;
    private final Clock clock;

    SealedIdentityVault(SealingEncryptor encryptor, BlindIndex blindIndex, SealedIdentityRepository identities,
            IdentityFingerprintRepository fingerprints, ObjectMapper json, Clock clock) {
        this.encryptor = encryptor;
        this.blindIndex = blindIndex;
        this.identities = identities;
        this.fingerprints = fingerprints;
        this.json = json;
        this.clock = clock;
    }

    /** Seals the identity of the reporter of {@code reportId}, in the caller's transaction. */
    public void seal(UUID reportId, ReporterIdentity identity) {
        SealingEncryptor.Sealed sealed = encryptor.seal(serialize(identity), reportId);
        SealedIdentity row = new SealedIdentity();
        row.reportId = reportId;
        row.keyId = sealed.keyId();
        row.ciphertext = sealed.ciphertext();
        row.sealedAt = Instant.now(clock);
        identities.persist(row);
        for (byte[] fp : fingerprintsOf(identity)) {
            IdentityFingerprint f = new IdentityFingerprint();
            f.reportId = reportId;
            f.fingerprint = fp;
            fingerprints.persist(f);
        }
    }

    /** The sealed ciphertext of a report's identity (opening it is the unseal executor's job). */
    public Optional<SealedCiphertext> sealedOf(UUID reportId) {
        return identities.findByIdOptional(reportId).map(r -> new SealedCiphertext(r.reportId, r.keyId, r.ciphertext));
    }

    /** The keyed fingerprints of a report's reporter identity. */
    public List<byte[]> fingerprintsOf(UUID reportId) {
        return fingerprints.fingerprintsOf(reportId);
    }

    /** Fingerprint of any text in the identity fingerprint domain, for comparison with the stored ones. */
    public byte[] fingerprint(String raw) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, IdentifierNormalizer.normalize(raw));
    }

    private List<byte[]> fingerprintsOf(ReporterIdentity identity) {
        Set<String> values = new LinkedHashSet<>();
        addNormalized(values, identity.subject());
        addNormalized(values, identity.account());
        addNormalized(values, identity.name());
        addNormalized(values, identity.email());
        if (identity.name() != null) {
            for (String part : identity.name().split("\\s+")) {
                addNormalized(values, part);
            }
        }
        if (identity.email() != null && identity.email().contains("@")) {
            addNormalized(values, identity.email().substring(0, identity.email().indexOf('@')));
        }
        identity.contact().values().forEach(v -> addNormalized(values, v));
        List<byte[]> out = new ArrayList<>();
        for (String v : values) {
            out.add(blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, v));
        }
        return out;
    }

    private static void addNormalized(Set<String> into, String raw) {
        if (raw != null) {
            String n = IdentifierNormalizer.normalize(raw);
            // Very short parts ("li", "a") would match half of all texts; they are no fingerprint.
            if (n.length() >= 3) {
                into.add(n);
            }
        }
    }

    private byte[] serialize(ReporterIdentity identity) {
        try {
            return json.writeValueAsBytes(identity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("identity could not be serialised");
        }
    }

    /** What the unseal executor needs to open one identity. */
    public record SealedCiphertext(UUID reportId, long keyId, byte[] ciphertext) {
    }
}
