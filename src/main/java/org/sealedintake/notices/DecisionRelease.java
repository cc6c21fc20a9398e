package org.sealedintake.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.cases.CaseDecided;
import org.sealedintake.cases.CaseDecisions.DecisionRecord;
import org.sealedintake.cases.DecisionAction;
import org.sealedintake.notices.dsa.ContentKind;
import org.sealedintake.notices.dsa.DecisionFacts;
import org.sealedintake.notices.dsa.DecisionSource;
import org.sealedintake.notices.dsa.DsaSubmissions;
import org.sealedintake.notices.dsa.StatementRefusedException;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.notices.release.Release;
import org.sealedintake.notices.release.ReleaseBatch;
import org.sealedintake.notices.release.ReleaseRequest;
import org.sealedintake.notices.release.ReleaseSchedule;
import org.sealedintake.outbox.Outbox;
import org.sealedintake.outbox.OutboxKind;

/**
 * What a decision tells the creator and the public, released together at one decorrelated instant
 * (DSA Art. 17(2), threats T2 and T16): the restriction for the platform, the creator's notice with
 * its statement of reasons, and the DSA Transparency Database statement. Runs inside the decision's
 * transaction, so a decision whose texts the notice's exit refuses is not made at all (422), and the
 * refusal is on record.
 */
@ApplicationScoped
public class DecisionRelease {
    static final String ENFORCEMENT = "platform-enforcement";
    static final String NOTICES = "platform-notices";

    private final ReleaseSchedule schedule;
    private final ReleaseBatchRepository batches;
    private final NoticeService notices;
    private final NoticeTerms terms;
    private final DsaSubmissions dsa;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final java.time.Clock clock;

    DecisionRelease(ReleaseSchedule schedule, ReleaseBatchRepository batches, NoticeService notices, NoticeTerms terms,
            DsaSubmissions dsa, Outbox outbox, ObjectMapper json, java.time.Clock clock) {
        this.clock = clock;
        this.schedule = schedule;
        this.batches = batches;
        this.notices = notices;
        this.terms = terms;
        this.dsa = dsa;
        this.outbox = outbox;
        this.json = json;
    }

    void onDecided(@Observes CaseDecided event) {
        DecisionRecord d = event.decision();
        Release release = release(event);
        UUID batchId = release.batch() == null ? null : release.batch().id();
        Instant at = release.releaseAt();
        outbox.enqueue(OutboxKind.ENFORCEMENT, ENFORCEMENT, d.id().toString(), event.enforcementJson(), at, batchId);
        if (tellsCreator(d.action())) {
            UUID noticeId = notices.issue(new NoticeService.NoticeDraft(d.caseId(), d.targetOwner(), NoticeKind.DECISION,
                    d.id(), d.decidedBy(), content(d), at, event.reportIds()), batchId);
            // The platform's own notification: which notice, for which account. Nothing else.
            outbox.enqueue(OutboxKind.CREATOR_NOTICE, NOTICES, "notice:" + noticeId,
                    write(Map.of("noticeId", noticeId.toString(), "accountId", d.targetOwner())), at, batchId);
        }
        try {
            dsa.enqueue(facts(d, event.trustedFlaggerReported(), at), at).ifPresent(id -> outbox.assignBatch(id, batchId));
        } catch (StatementRefusedException refused) {
            // The decision cannot be published as a statement of reasons: it is not made (rolled back).
            throw refused.carriesPersonalData() ? NoticeProblems.personalData()
                    : new ApiProblem(422, "statement-of-reasons-invalid", "Decision incomplete",
                            "The decision does not meet the statement-of-reasons rules for: "
                                    + refused.violations().stream().map(v -> v.field()).distinct().sorted().toList());
        }
    }

    /**
     * A moderator's question to the creator (a verification request), released like a decision: after
     * the floor since the latest report and a random delay, in the creator's batch, so that it does not
     * tell when the report came. The notice checks the text at its exit (leak guard, audited refusals).
     */
    public UUID sendVerificationRequest(String moderator, UUID caseId, String ownerAccount, String contentRef, String question,
            List<UUID> reportIds, Instant latestReportAt, int distinctReporters, java.util.Set<org.sealedintake.intake.Category> categories,
            boolean minorInvolved) {
        ReleaseRequest request = new ReleaseRequest(UUID.randomUUID(), ownerAccount, latestReportAt, distinctReporters,
                categories, minorInvolved);
        Release release = release(request);
        UUID batchId = release.batch() == null ? null : release.batch().id();
        UUID noticeId = notices.issue(new NoticeService.NoticeDraft(caseId, ownerAccount, NoticeKind.VERIFICATION_REQUEST, null,
                moderator, NoticeContent.question(contentRef, question, List.of()), release.releaseAt(), reportIds), batchId);
        outbox.enqueue(OutboxKind.CREATOR_NOTICE, NOTICES, "notice:" + noticeId,
                write(Map.of("noticeId", noticeId.toString(), "accountId", ownerAccount)), release.releaseAt(), batchId);
        return noticeId;
    }

    /**
     * No notice for "no action" (nothing was done to the creator, and telling them would only tell them
     * they were reported) nor for a referral to law enforcement (it would warn the suspect; DSA Art. 18).
     */
    static boolean tellsCreator(DecisionAction action) {
        return action != DecisionAction.NO_ACTION && action != DecisionAction.REFER_TO_LAW_ENFORCEMENT;
    }

    private Release release(CaseDecided event) {
        DecisionRecord d = event.decision();
        return release(new ReleaseRequest(d.id(), d.targetOwner(), event.latestReportAt(),
                event.distinctReporters(), event.categories(), event.minorInvolved()));
    }

    private Release release(ReleaseRequest request) {
        if (schedule.isUrgent(request)) {
            return schedule.schedule(request, Optional.empty());
        }
        Optional<ReleaseBatchRow> open = batches.openFor(request.creatorAccountId(), clock.instant());
        Release release = schedule.schedule(request, open.map(b -> new ReleaseBatch(b.id, b.creatorAccount, b.openedAt, b.releaseAt)));
        ReleaseBatch b = release.batch();
        if (release.how() == Release.How.NEW_BATCH) {
            ReleaseBatchRow row = new ReleaseBatchRow();
            row.id = b.id();
            row.creatorAccount = b.creatorAccountId();
            row.openedAt = b.openedAt();
            row.releaseAt = b.releaseAt();
            batches.persist(row);
        } else if (release.how() == Release.How.MOVED_BATCH) {
            ReleaseBatchRow row = open.orElseThrow();
            row.releaseAt = b.releaseAt();
            outbox.rescheduleBatch(row.id, row.releaseAt);
            notices.rescheduleBatch(row.id, row.releaseAt);
        }
        return release;
    }

    private NoticeContent content(DecisionRecord d) {
        LocalDate endsOn = d.durationDays() == null ? null
                : LocalDate.ofInstant(d.decidedAt(), ZoneOffset.UTC).plusDays(d.durationDays());
        return new NoticeContent(d.canonicalRef(), d.action().name(), d.territorialScope(), endsOn, d.facts(),
                d.ground() == null ? null : d.ground().name(), d.legalGround(), d.explanation(), d.automatedDetection(),
                d.automation() == null ? null : d.automation().name(), null, null, terms.redress());
    }

    private static DecisionFacts facts(DecisionRecord d, boolean trustedFlagger, Instant releaseAt) {
        LocalDate day = LocalDate.ofInstant(releaseAt, ZoneOffset.UTC);
        // The service does not know when the content was posted; the release day, never a report's day.
        return new DecisionFacts(d.id(), d.action(), d.ground(), d.legalGround(), d.facts(), d.explanation(),
                d.statementCategory(), d.durationDays(), d.territorialScope(), d.automatedDetection(), d.automation(),
                d.blockReRegistration(), contentKind(d.canonicalRef()), day, day,
                trustedFlagger ? DecisionSource.TRUSTED_FLAGGER_NOTICE : DecisionSource.NOTICE);
    }

    static ContentKind contentKind(String canonicalRef) {
        String kind = canonicalRef.contains(":") ? canonicalRef.substring(0, canonicalRef.indexOf(':')) : "";
        return switch (kind) {
            case "video" -> ContentKind.VIDEO;
            case "live" -> ContentKind.LIVE_STREAM;
            case "post", "comment" -> ContentKind.TEXT;
            case "account" -> ContentKind.ACCOUNT;
            case "image", "photo" -> ContentKind.IMAGE;
            default -> ContentKind.OTHER;
        };
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification could not be serialised");
        }
    }
}
