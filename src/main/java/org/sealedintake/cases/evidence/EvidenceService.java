package org.sealedintake.cases.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;

/**
 * Evidence of reported content (docs/evidence.md). Cases call {@link #requestCapture} in the intake
 * transaction and {@link #snapshotFor} to show it; {@link EvidenceCaptureJob} asks the platform after
 * that transaction committed and fires {@link EvidenceCaptured}. Nothing here knows which report or
 * reporter asked: one row per canonical reference. Reads run in a transaction (joined or their own)
 * so they see the worker's committed results, never a session's older copy.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {
    static final int MAX_REF_LENGTH = 300;

    private final EvidenceRepository evidence;
    private final EvidenceItemRepository items;
    private final DataCipher cipher;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, EvidenceItemRepository items, DataCipher cipher, Clock clock) {
        this.evidence = evidence;
        this.items = items;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Schedules a capture of the item, once per canonical reference, in the caller's transaction: the
     * capture exists exactly when the report that asked for it commits. A reference already requested
     * (in any state, captured or not) is left as it is.
     *
     * @throws IllegalArgumentException for a blank reference, one longer than 300 characters, or one
     *         with whitespace or control characters (a canonical reference has none)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestCapture(String canonicalRef) {
        evidence.insertPending(requireCanonical(canonicalRef), clock.instant());
    }

    public Optional<EvidenceSnapshot> snapshotFor(String canonicalRef) {
        return evidence.findByIdOptional(canonicalRef).map(this::snapshot);
    }

    /**
     * The captured item's bytes, decrypted; empty unless CAPTURED. For a staff endpoint, which must
     * write its audit event in the same transaction (the bytes are the reported content as it was).
     */
    public Optional<EvidenceBytes> bytesFor(String canonicalRef) {
        return evidence.findByIdOptional(canonicalRef).filter(e -> e.status == EvidenceStatus.CAPTURED)
                .flatMap(e -> items.findByIdOptional(canonicalRef).map(item -> new EvidenceBytes(canonicalRef,
                        e.mediaType, cipher.decrypt(item.item, AssociatedData.evidence(canonicalRef)), e.truncated,
                        details(e).sha256())));
    }

    private EvidenceSnapshot snapshot(Evidence e) {
        EvidenceDetails d = e.details == null ? new EvidenceDetails(null, null, null) : details(e);
        return new EvidenceSnapshot(e.canonicalRef, e.status, d.ownerAccountId(), e.mediaType, e.sizeBytes, d.sha256(),
                e.capturedAt, e.attempts, e.status == EvidenceStatus.PENDING ? e.nextAttemptAt : null, e.truncated,
                d.visibility());
    }

    private EvidenceDetails details(Evidence e) {
        return EvidenceDetails.fromJson(cipher.decrypt(e.details, AssociatedData.evidenceDetails(e.canonicalRef)));
    }

    static String requireCanonical(String canonicalRef) {
        if (canonicalRef == null || canonicalRef.isBlank() || canonicalRef.length() > MAX_REF_LENGTH
                || canonicalRef.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
                || canonicalRef.equals(".") || canonicalRef.equals("..")) {
            throw new IllegalArgumentException("not a canonical content reference");
        }
        return canonicalRef;
    }
}
