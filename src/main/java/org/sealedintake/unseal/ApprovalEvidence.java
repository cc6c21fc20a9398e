package org.sealedintake.unseal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sealedintake.crypto.ApprovalSigner;

/**
 * Signed approval evidence (threat T24). The unseal executor signs every decision it records; at
 * execution it counts only decisions whose signature verifies, and the request row's own status
 * counts for nothing: a database writer (the runtime role included) can set APPROVED or insert
 * decision rows, but cannot sign them.
 *
 * <pre>
 *   message = "sealed-intake:unseal-approval:v1"
 *             request id, report id (16 bytes each), then requester, approver, decision, legal basis
 *             (each a 4-byte big-endian length and UTF-8), then the execution deadline
 *             (8 bytes, epoch microseconds)
 * </pre>
 */
@ApplicationScoped
class ApprovalEvidence {
    private static final byte[] DOMAIN = "sealed-intake:unseal-approval:v1".getBytes(StandardCharsets.UTF_8);

    private final ApprovalSigner signer;

    ApprovalEvidence(ApprovalSigner signer) {
        this.signer = signer;
    }

    /** Whether this instance can sign and check evidence (modes all and executor). */
    boolean available() {
        return signer.available();
    }

    /** Signs the decision in place: sets its deadline and signature. */
    void sign(UnsealRequest r, UnsealDecision d, Instant deadline) {
        d.executionDeadline = deadline.truncatedTo(ChronoUnit.MICROS);
        d.signature = signer.sign(message(r, d.approverSubject, d.decision, d.executionDeadline));
    }

    /**
     * Why the decisions do not authorise an execution at {@code now}, as an audit reason slug; empty
     * when at least {@code required} distinct approvers other than the requester signed an
     * approval that is still within its deadline, and nobody's signed decision is a rejection.
     */
    Optional<String> shortfall(UnsealRequest r, List<UnsealDecision> decisions, int required, Instant now) {
        Set<String> approvers = new HashSet<>();
        boolean unsigned = false;
        boolean expired = false;
        boolean fromRequester = false;
        for (UnsealDecision d : decisions) {
            if (d.signature == null || d.executionDeadline == null) {
                unsigned = true;
                continue;
            }
            if (!signer.verify(message(r, d.approverSubject, d.decision, d.executionDeadline), d.signature)) {
                // A signature that does not verify is a forgery or a changed row: nothing on this request counts.
                return Optional.of("evidence-invalid");
            }
            if (d.approverSubject.equals(r.requesterSubject)) {
                fromRequester = true;
            } else if (d.decision == UnsealDecision.Kind.REJECTED) {
                return Optional.of("evidence-rejected");
            } else if (!now.isBefore(d.executionDeadline)) {
                expired = true;
            } else {
                approvers.add(d.approverSubject);
            }
        }
        if (approvers.size() >= required) {
            return Optional.empty();
        }
        if (fromRequester) {
            return Optional.of("evidence-from-requester");
        }
        if (expired) {
            return Optional.of("evidence-expired");
        }
        return Optional.of(unsigned || !decisions.isEmpty() ? "evidence-insufficient" : "evidence-missing");
    }

    static byte[] message(UnsealRequest r, String approver, UnsealDecision.Kind decision, Instant deadline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(DOMAIN);
        uuid(out, r.id);
        uuid(out, r.reportId);
        string(out, r.requesterSubject);
        string(out, approver);
        string(out, decision.name());
        string(out, r.legalBasis.name());
        out.writeBytes(ByteBuffer.allocate(8).putLong(ChronoUnit.MICROS.between(Instant.EPOCH, deadline)).array());
        return out.toByteArray();
    }

    private static void uuid(ByteArrayOutputStream out, UUID u) {
        out.writeBytes(ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }
}
