package org.sealedintake.sealing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class IdentityFingerprintRepository implements PanacheRepositoryBase<IdentityFingerprint, Long> {
    List<byte[]> fingerprintsOf(UUID reportId) {
        return find("reportId", reportId).stream().map(f -> f.fingerprint).toList();
    }
}
