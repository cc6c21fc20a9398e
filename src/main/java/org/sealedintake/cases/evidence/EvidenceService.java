package org.sealedintake.cases.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Evidence capture (issue 8 item 5). Seam only: the capture itself lands with its own change.
 * Cases call {@link #requestCapture} in the intake transaction and {@link #snapshotFor} to show it.
 */
@ApplicationScoped
public class EvidenceService {

    /** Schedules a capture of the item, once per canonical reference; in the caller's transaction. */
    public void requestCapture(String canonicalRef) {
        // Seam: replaced by the capture implementation.
    }

    public Optional<EvidenceSnapshot> snapshotFor(String canonicalRef) {
        return Optional.empty();
    }
}
