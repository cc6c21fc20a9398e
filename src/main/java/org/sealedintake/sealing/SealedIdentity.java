package org.sealedintake.sealing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** HPKE ciphertext of one report's reporter identity. No plaintext column exists. */
@Entity
@Table(name = "sealed_identity")
public class SealedIdentity {
    @Id
    @Column(name = "report_id")
    UUID reportId;

    @Column(name = "key_id", nullable = false)
    long keyId;

    @Column(name = "ciphertext", nullable = false)
    byte[] ciphertext;

    /** AEAD of the report's {@link FingerprintSet}; null only for rows sealed before fingerprint sets existed. */
    @Column(name = "fingerprint_set")
    byte[] fingerprintSet;

    @Column(name = "sealed_at", nullable = false)
    Instant sealedAt;

    @Override
    public String toString() {
        return "SealedIdentity[" + reportId + "]";
    }
}
