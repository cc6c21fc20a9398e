package org.sealedintake.sealing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Keyed fingerprint of one normalised identity attribute of a report's reporter (leak guard, redaction). */
@Entity
@Table(name = "identity_fingerprint")
public class IdentityFingerprint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "report_id", nullable = false)
    UUID reportId;

    @Column(name = "fingerprint", nullable = false)
    byte[] fingerprint;

    @Override
    public String toString() {
        return "IdentityFingerprint[" + id + "]";
    }
}
