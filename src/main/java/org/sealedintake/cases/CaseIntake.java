package org.sealedintake.cases;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.sealedintake.cases.evidence.EvidenceCaptured;
import org.sealedintake.cases.evidence.EvidenceService;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.Category;
import org.sealedintake.intake.ReportFiled;

/**
 * Joins each filed report to the case of its target, in the intake transaction (a report never
 * exists without its case), and sets a case's owner when the platform names it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseIntake {
    private final CaseRepository cases;
    private final CasePolicy policy;
    private final CasesConfig config;
    private final DataCipher cipher;
    private final EvidenceService evidence;
    private final Clock clock;

    CaseIntake(CaseRepository cases, CasePolicy policy, CasesConfig config,
            DataCipher cipher, EvidenceService evidence, Clock clock) {
        this.cases = cases;
        this.policy = policy;
        this.config = config;
        this.cipher = cipher;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Synchronous observer: runs inside intake's transaction, so it commits or fails with the report. */
    void onFiled(@Observes ReportFiled filed) {
        join(filed);
    }

    public UUID join(ReportFiled filed) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        CanonicalRef ref = CanonicalRef.of(filed.targetContentRef(), config.platformHosts().orElse(List.of()));
        Instant due = now.plus(policy.slaOf(filed.category(), filed.involvesMinor()));
        // The row lock serialises reports joining one case: no update of the reporter state is lost.
        // Most reports meet an existing case (a surge is many reports on one target): lock it first,
        // and create it (with its evidence request) only when there is none.
        ModerationCase c = cases.lockForJoin(ref.value()).orElseGet(() -> {
            cases.insertIfAbsent(fresh(ref, now, due));
            evidence.requestCapture(ref.value());
            return cases.lockForJoin(ref.value()).orElseThrow();
        });
        ReporterState state = ReporterState.decode(cipher.decrypt(c.reporterState, AssociatedData.caseReporterState(c.id)));
        if (!c.status.open()) {
            // A new report about a decided target opens it again; the decision stays in its history.
            c.status = CaseStatus.NEW;
            c.dueAt = due;
            state = new ReporterState(ReporterState.NO_BAND, state.trustedFlaggerReports(), state.tags());
        } else if (due.isBefore(c.dueAt)) {
            c.dueAt = due;
        }
        state = state.with(filed.tagger().tagFor(c.id), filed.trustedFlagger(),
                policy.band(filed.category(), filed.involvesMinor()));
        // Rewritten with a fresh nonce on every report, whether or not its reporter is new (D16).
        c.reporterState = cipher.encrypt(state.encode(), AssociatedData.caseReporterState(c.id));
        c.priorityLevel = (short) policy.level(state);
        if (filed.category() == Category.INTIMATE_IMAGES && filed.involvesMinor() && c.audience != Audience.CHILD_SAFETY) {
            c.audience = Audience.CHILD_SAFETY;
            c.assignee = null;
            c.claimExpiresAt = null;
        }
        // The membership row and the changed case in one statement, without managed entities (the intake
        // transaction's session stays empty: docs/performance.md, "Intake persistence (issue 10)").
        cases.joined(c, filed.reportId());
        Log.debugf("Report %s joined case %s", filed.reportId(), c.id);
        return c.id;
    }

    /** The platform named the owner of a target: the case's creator from now on. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void ownerNamed(EvidenceCaptured captured) {
        if (captured.ownerAccountId() == null || captured.ownerAccountId().isBlank()) {
            return;
        }
        cases.find("canonicalRef", captured.canonicalRef()).firstResultOptional()
                .ifPresent(c -> c.targetOwner = captured.ownerAccountId());
    }

    private ModerationCase fresh(CanonicalRef ref, Instant now, Instant due) {
        ModerationCase c = new ModerationCase();
        c.id = UUID.randomUUID();
        c.canonicalRef = ref.value();
        c.kind = ref.kind();
        c.status = CaseStatus.NEW;
        c.audience = Audience.MODERATOR;
        ReporterState empty = ReporterState.empty();
        c.priorityLevel = (short) policy.level(empty);
        c.dueAt = due;
        c.createdAt = now;
        c.reporterState = cipher.encrypt(empty.encode(), AssociatedData.caseReporterState(c.id));
        return c;
    }
}
