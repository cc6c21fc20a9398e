package org.sealedintake.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.Reports;

/**
 * Decisions on cases: made by the claimant only, once the platform has named the target's owner. A
 * decision, its enforcement message (outbox) and the resolution of every open report commit together.
 * {@link #latestFor} is the door for notices and the DSA export.
 */
@ApplicationScoped
@Transactional
public class CaseDecisions {
    static final String ENFORCEMENT_DESTINATION = "platform-enforcement";

    private final CaseRepository cases;
    private final CaseReportRepository members;
    private final CaseDecisionRepository decisions;
    private final StatementCategories reference;
    private final Reports reports;
    private final Event<CaseDecided> decided;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final org.sealedintake.redaction.guard.LeakGuard guard;

    CaseDecisions(CaseRepository cases, CaseReportRepository members, CaseDecisionRepository decisions,
            StatementCategories reference, Reports reports, Event<CaseDecided> decided, DataCipher cipher, AuditLog audit,
            ObjectMapper json, Clock clock, org.sealedintake.redaction.guard.LeakGuard guard) {
        this.guard = guard;
        this.cases = cases;
        this.members = members;
        this.decisions = decisions;
        this.reference = reference;
        this.reports = reports;
        this.decided = decided;
        this.cipher = cipher;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Every field of a decision, texts decrypted: for creator notices and the DSA statement of reasons. */
    public record DecisionRecord(UUID id, UUID caseId, String canonicalRef, CaseKind kind, String targetOwner,
            DecisionAction action, DecisionGround ground, String legalGround, String facts, String explanation,
            String statementCategory, Integer durationDays, List<String> territorialScope, boolean automatedDetection,
            AutomationLevel automation, boolean blockReRegistration, String decidedBy, Instant decidedAt) {

        @Override
        public String toString() {
            return "DecisionRecord[" + id + "]";
        }
    }

    /** The texts of a decision, stored as one AEAD ciphertext. */
    record DecisionText(String legalGround, String facts, String explanation) {
    }

    /** The newest decision on a case, if any. */
    public Optional<DecisionRecord> latestFor(UUID caseId) {
        return decisions.latestOf(caseId).map(d -> {
            ModerationCase c = cases.findById(d.caseId);
            DecisionText t = text(d);
            return new DecisionRecord(d.id, d.caseId, d.canonicalRef, c.kind, d.targetOwner, d.action, d.ground,
                    t.legalGround(), t.facts(), t.explanation(), d.statementCategory, d.durationDays,
                    scope(d.territorialScope), d.automatedDetection, d.automation, d.blockReRegistration, d.decidedBy,
                    d.decidedAt);
        });
    }

    /** Decides a case the moderator has claimed. */
    public DecisionRecord decide(Moderator m, UUID caseId, DecisionRequest body) {
        check(body);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        ModerationCase c = cases.lock(caseId).filter(m::maySee).orElseThrow(CaseProblems::notFound);
        if (!c.status.open()) {
            throw CaseProblems.notOpen();
        }
        if (!c.claimedBy(m.subject(), now)) {
            throw CaseProblems.claimRequired();
        }
        if (c.targetOwner == null) {
            throw CaseProblems.ownerUnknown();
        }
        if (!m.senior() && !guard.selfTestsPassed(members.reportIdsOf(c.id))) {
            // Its notice would go to the creator with texts the guard cannot vouch for.
            throw CaseProblems.seniorReviewRequired();
        }
        CaseDecision d = new CaseDecision();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.canonicalRef = c.canonicalRef;
        d.targetOwner = c.targetOwner;
        d.action = body.action();
        d.ground = body.ground();
        d.statementCategory = body.statementCategory();
        d.durationDays = body.durationDays();
        d.territorialScope = String.join(",", body.territorialScope());
        d.automatedDetection = body.automatedDetection();
        d.automation = body.automation();
        d.blockReRegistration = body.blockReRegistration();
        d.decidedBy = m.subject();
        d.decidedAt = now;
        d.sealedText = cipher.encrypt(write(new DecisionText(body.legalGround(), body.facts(), body.explanation())),
                AssociatedData.caseDecisionText(d.id));
        decisions.persist(d);

        List<UUID> reportIds = members.reportIdsOf(c.id);
        CaseFacts facts = CaseFacts.of(c, reportIds, reports, cipher, now);
        reports.resolve(reportIds, d.action.name(), now);
        c.status = CaseStatus.DECIDED;
        c.assignee = null;
        c.claimExpiresAt = null;
        audit.record(m.subject(), AuditActions.CASE_DECIDED, "case", c.id, d.action.name());
        DecisionRecord record = latestFor(c.id).orElseThrow();
        // The restriction, the creator's notice and the DSA statement leave together, when the notices'
        // release timing says (issue 9 item 4); the observer writes them to the outbox in this transaction.
        decided.fire(new CaseDecided(record, enforcement(c, d), reportIds, facts.latestReportAt(), facts.distinctReporters(),
                facts.trustedFlaggerReported(), facts.categories(), facts.minorInvolved()));
        return record;
    }

    private void check(DecisionRequest body) {
        if (body.action().restricts() && body.ground() == null) {
            throw CaseProblems.invalid("decision-ground-required",
                    "ground is required for this action (ILLEGAL_CONTENT or INCOMPATIBLE_CONTENT).");
        }
        if (body.blockReRegistration() && body.action() != DecisionAction.TERMINATE_ACCOUNT) {
            throw CaseProblems.invalid("block-re-registration-not-allowed",
                    "blockReRegistration is only allowed with TERMINATE_ACCOUNT.");
        }
        if (!reference.isCategory(body.statementCategory())) {
            throw CaseProblems.invalid("statement-category-unknown",
                    "statementCategory is not a DSA STATEMENT_CATEGORY_* key.");
        }
        if (!reference.isTerritory(body.territorialScope())) {
            throw CaseProblems.invalid("territorial-scope-unknown",
                    "territorialScope holds a code that is not an EEA country.");
        }
    }

    /**
     * What the platform is told to enforce: the target, its owner, the action and its limits. No
     * reporter data, no report ids, no report count (the platform is not told who or how many).
     */
    private String enforcement(ModerationCase c, CaseDecision d) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decisionId", d.id.toString());
        payload.put("contentRef", c.canonicalRef);
        payload.put("targetKind", c.kind.name());
        payload.put("ownerAccountId", d.targetOwner);
        payload.put("action", d.action.name());
        payload.put("territorialScope", scope(d.territorialScope));
        payload.put("durationDays", d.durationDays);
        // "Remove" means gone in every visibility state, private ("only visible to me") included.
        payload.put("allVisibilityStates", d.action == DecisionAction.REMOVE_CONTENT);
        payload.put("blockReRegistration", d.blockReRegistration);
        payload.put("decidedAt", d.decidedAt.toString());
        return new String(write(payload), java.nio.charset.StandardCharsets.UTF_8);
    }

    DecisionText text(CaseDecision d) {
        try {
            return json.readValue(cipher.decrypt(d.sealedText, AssociatedData.caseDecisionText(d.id)), DecisionText.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored decision text is unreadable");
        }
    }

    static List<String> scope(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision could not be serialised");
        }
    }
}
