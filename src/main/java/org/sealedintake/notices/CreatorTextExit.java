package org.sealedintake.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditEventRepository;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.ApiProblem;

/**
 * The one exit for texts a moderator writes to a creator. Each refusal is audited (in its own
 * transaction, so it stays on record although the request fails) and counted: a moderator who keeps
 * trying texts the guard refuses is stopped (429) before the answers could add up to an oracle, and a
 * case with repeated refusals is shown to senior moderators ({@link #refusalsOn}).
 */
@ApplicationScoped
public class CreatorTextExit {
    private final CreatorTextGuard guard;
    private final AuditLog audit;
    private final AuditEventRepository events;
    private final GuardConfig config;
    private final Clock clock;

    CreatorTextExit(CreatorTextGuard guard, AuditLog audit, AuditEventRepository events, GuardConfig config, Clock clock) {
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Passes or throws: 429 while the moderator is over the refusal limit, 422 (one generic problem) on a refusal. */
    @Transactional
    public void require(String moderator, UUID caseId, Collection<String> texts, Collection<UUID> caseReportIds) {
        long recent = events.count("actor = ?1 and action = ?2 and occurredAt > ?3", moderator,
                AuditActions.CREATOR_TEXT_REFUSED, clock.instant().minus(config.refusalWindow()));
        if (recent >= config.refusalsPerModerator()) {
            throw new ApiProblem(429, "guard-refusal-limit", "Too many refused texts",
                    "Several texts to creators were refused recently; wait before sending another, or ask a senior moderator.")
                    .withHeader("Retry-After", String.valueOf(config.refusalWindow().toSeconds()));
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            try {
                guard.requireClean(text, caseReportIds);
            } catch (ApiProblem refused) {
                audit.recordRefusal(moderator, AuditActions.CREATOR_TEXT_REFUSED, "case", caseId, "personal data");
                throw refused;
            }
        }
    }

    /** Refused creator-bound texts on a case, for senior moderators; a case at or above the flag level needs one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long refusalsOn(UUID caseId) {
        return events.count("objectType = 'case' and objectId = ?1 and action = ?2", caseId.toString(),
                AuditActions.CREATOR_TEXT_REFUSED);
    }

    public boolean needsSeniorReview(UUID caseId) {
        return refusalsOn(caseId) >= config.refusalsToFlagCase();
    }
}
