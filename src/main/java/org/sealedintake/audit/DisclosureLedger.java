package org.sealedintake.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sealedintake.crypto.AuditSigner;

/**
 * Writes a signed {@link Disclosure} to the checkpoint target (file or witness) outside the
 * database. The unseal executor calls it before it returns an identity and fails closed when it
 * throws: no record outside, no identity.
 */
@ApplicationScoped
public class DisclosureLedger {
    private final AuditSigner signer;
    private final CheckpointExporter exporter;

    DisclosureLedger(AuditSigner signer, CheckpointExporter exporter) {
        this.signer = signer;
        this.exporter = exporter;
    }

    public Disclosure record(UUID requestId, UUID reportId, String requester, List<String> approvers, Instant at) throws IOException {
        long micros = Checkpoint.micros(at);
        AuditSigner.Signature sig = signer.sign(Disclosure.message(requestId, reportId, requester, approvers, micros));
        Disclosure d = new Disclosure(requestId, reportId, requester, approvers, micros, sig.keyId(), sig.bytes());
        exporter.exportDisclosure(d);
        return d;
    }
}
