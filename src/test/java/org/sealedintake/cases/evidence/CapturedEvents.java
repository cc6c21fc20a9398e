package org.sealedintake.cases.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealedintake.support.Db;

/** Records every EvidenceCaptured, with whether the capture was already committed when it arrived. */
@ApplicationScoped
public class CapturedEvents {
    record Seen(EvidenceCaptured event, boolean committed) {
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();

    void on(@Observes EvidenceCaptured e) {
        // Another connection: sees the row as CAPTURED only if the capture has committed.
        boolean committed = Db.count("select count(*) from evidence where canonical_ref = ? and status = 'CAPTURED'",
                e.canonicalRef()) == 1;
        seen.add(new Seen(e, committed));
    }

    List<EvidenceCaptured> of(String canonicalRef) {
        return seen.stream().map(Seen::event).filter(e -> e.canonicalRef().equals(canonicalRef)).toList();
    }
}
