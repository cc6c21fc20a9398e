package org.sealedintake.cases.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;

/**
 * The capture worker's transactions, each its own and short: claiming due rows, then (after the
 * platform was asked, outside any transaction) recording what came of it. A row is claimed with a
 * fresh token and a lease; a result carrying any other token is discarded, so a row is captured once
 * even when a lease ran out under a slow worker.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class EvidenceCaptureService {
    private final EvidenceRepository evidence;
    private final EvidenceItemRepository items;
    private final DataCipher cipher;

    EvidenceCaptureService(EvidenceRepository evidence, EvidenceItemRepository items, DataCipher cipher) {
        this.evidence = evidence;
        this.items = items;
        this.cipher = cipher;
    }

    /** One claimed row: the worker owns it until {@code leaseEnd} and completes it with {@code token}. */
    record Claim(String canonicalRef, UUID token, int attempts) {
    }

    /** Claims due pending rows not held by another worker; the attempt is counted now (a crash counts too). */
    public List<Claim> claimDue(Instant now, String refPrefix, int limit, Duration lease) {
        List<Claim> claims = new ArrayList<>();
        for (String ref : evidence.lockDue(now, refPrefix, limit)) {
            Evidence e = evidence.findById(ref);
            e.attempts++;
            e.claimToken = UUID.randomUUID();
            e.nextAttemptAt = now.plus(lease);
            claims.add(new Claim(ref, e.claimToken, e.attempts));
        }
        return claims;
    }

    /** Stores the item; false when the claim is no longer this worker's (nothing written). */
    public boolean captured(Claim claim, FetchOutcome.Fetched item, Instant now) {
        Evidence e = owned(claim);
        if (e == null) {
            return false;
        }
        e.status = EvidenceStatus.CAPTURED;
        e.claimToken = null;
        e.mediaType = item.mediaType();
        e.sizeBytes = (long) item.bytes().length;
        e.truncated = item.truncated();
        e.capturedAt = now;
        e.lastError = null;
        e.details = cipher.encrypt(new EvidenceDetails(item.ownerAccountId(), item.sha256(), item.visibility()).toJson(),
                AssociatedData.evidenceDetails(e.canonicalRef));
        EvidenceItem stored = new EvidenceItem();
        stored.canonicalRef = e.canonicalRef;
        stored.item = cipher.encrypt(item.bytes(), AssociatedData.evidence(e.canonicalRef));
        items.persist(stored);
        return true;
    }

    public boolean notFound(Claim claim) {
        Evidence e = owned(claim);
        if (e == null) {
            return false;
        }
        e.status = EvidenceStatus.NOT_FOUND;
        e.claimToken = null;
        e.lastError = "NOT_FOUND";
        return true;
    }

    /** A failed attempt: pending again from {@code nextAttemptAt}, or FAILED when {@code giveUp}. */
    public boolean failed(Claim claim, String code, boolean giveUp, Instant nextAttemptAt) {
        Evidence e = owned(claim);
        if (e == null) {
            return false;
        }
        e.status = giveUp ? EvidenceStatus.FAILED : EvidenceStatus.PENDING;
        e.claimToken = null;
        e.lastError = code;
        e.nextAttemptAt = nextAttemptAt;
        return true;
    }

    private Evidence owned(Claim claim) {
        Evidence e = evidence.findById(claim.canonicalRef(), LockModeType.PESSIMISTIC_WRITE);
        return e != null && e.status == EvidenceStatus.PENDING && claim.token().equals(e.claimToken) ? e : null;
    }
}
