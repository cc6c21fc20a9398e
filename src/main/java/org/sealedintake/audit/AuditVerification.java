package org.sealedintake.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.sealedintake.crypto.AuditSigner;

/**
 * Runs the {@link ChainVerifier} on the service's database against the exported checkpoints. Runs
 * outside any caller transaction: the verifier opens its own read-only snapshot.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AuditVerification {
    private final AgroalDataSource dataSource;
    private final CheckpointExporter exporter;
    private final AuditSigner signer;
    private final AuditConfig config;
    private final Clock clock;

    AuditVerification(AgroalDataSource dataSource, CheckpointExporter exporter, AuditSigner signer, AuditConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.exporter = exporter;
        this.signer = signer;
        this.config = config;
        this.clock = clock;
    }

    public VerifyResult verify() {
        List<Checkpoint> exported;
        try {
            exported = exporter.exported();
        } catch (FileCheckpointExporter.CorruptExport e) {
            // Not an outage: the trust anchor itself is damaged, so nothing can be vouched for.
            return VerifyResult.bad(0, null, VerifyResult.Problem.EXPORT_CORRUPT, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("exported checkpoints unreadable", e);
        }
        try (Connection c = dataSource.getConnection()) {
            return new ChainVerifier(signer).verify(c, exported, clock.instant(), config.verify().unchainedGrace(),
                    config.verify().maxCheckpointAge());
        } catch (SQLException e) {
            throw new IllegalStateException("audit verification could not read the database", e);
        }
    }
}
