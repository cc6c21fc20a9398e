package org.sealedintake.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.cases.AutomationLevel;
import org.sealedintake.cases.DecisionAction;
import org.sealedintake.cases.DecisionGround;
import org.sealedintake.notices.dsa.ContentKind;
import org.sealedintake.notices.dsa.DecisionFacts;
import org.sealedintake.notices.dsa.DecisionSource;
import org.sealedintake.notices.dsa.DsaExporter;
import org.sealedintake.notices.dsa.DsaSubmissions;
import org.sealedintake.notices.dsa.FreeTextCheck;
import org.sealedintake.notices.dsa.RedactorFreeTextCheck;
import org.sealedintake.notices.dsa.StatementRefusedException;
import org.sealedintake.notices.release.NoticePolicy;
import org.sealedintake.notices.release.ReleaseSchedule;
import org.sealedintake.outbox.Outbox;
import org.sealedintake.outbox.OutboxEvent;
import org.sealedintake.outbox.OutboxKind;
import org.sealedintake.outbox.OutboxRepository;
import org.sealedintake.policy.PolicyFiles;

/** The notices beans in the running service: the policy loaded at start, statements queued in the outbox. */
@QuarkusTest
class NoticesWiringTest {
    @Inject
    NoticePolicy policy;
    @Inject
    ReleaseSchedule schedule;
    @Inject
    FreeTextCheck freeText;
    @Inject
    DsaExporter exporter;
    @Inject
    DsaSubmissions submissions;
    @Inject
    OutboxRepository events;
    @Inject
    Outbox outbox;

    @Test
    void theServiceStartsWithTheRepositorysPolicyAndTheLeakGuardAsTheFreeTextCheck() {
        assertEquals(PolicyFiles.load(Path.of("policies/notices.yaml"), NoticePolicy.class), policy);
        assertTrue(freeText.carriesPersonalData("call 13800138000"));
        // A person's name: the leak guard's name detector, which the plain redaction detectors lack.
        assertTrue(freeText.carriesPersonalData("The video was posted by 王芳 yesterday."));
        assertTrue(new RedactorFreeTextCheck().carriesPersonalData("call 13800138000"));
    }

    @Test
    void aStatementIsQueuedForTheTransparencyDatabaseAtTheReleaseInstant() {
        Instant releaseAt = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        DecisionFacts d = decision(DecisionAction.SUSPEND_ACCOUNT, "Repeated targeted harassment of one person.",
                releaseAt);
        UUID id = QuarkusTransaction.requiringNew().call(() -> submissions.enqueue(d, releaseAt)).orElseThrow();
        OutboxEvent e = QuarkusTransaction.requiringNew().call(() -> events.findById(id));
        assertEquals(OutboxKind.DSA_STATEMENT, e.kind);
        assertEquals(DsaExporter.DESTINATION, e.destination);
        assertEquals("dsa:decision-" + d.decisionId(), e.idempotencyKey);
        assertEquals(releaseAt, e.releaseAt);
        assertEquals(exporter.export(d).submission().orElseThrow().json(), outbox.payloadOf(e));
    }

    @Test
    void aRefusedStatementOrADecisionWithoutOneQueuesNothing() {
        Instant now = Instant.now();
        DecisionFacts leaking = decision(DecisionAction.REMOVE_CONTENT, "Mail li.wei@example.com for the original.", now);
        assertThrows(StatementRefusedException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> submissions.enqueue(leaking, now)));
        // Released a day after the application date it states: the public would see the decision's day.
        DecisionFacts early = decision(DecisionAction.LABEL, "A misleading label was missing.", now);
        StatementRefusedException e = assertThrows(StatementRefusedException.class, () -> QuarkusTransaction
                .requiringNew().run(() -> submissions.enqueue(early, now.plus(1, ChronoUnit.DAYS))));
        assertEquals("application_date", e.violations().get(0).field());
        DecisionFacts none = decision(DecisionAction.NO_ACTION, "Nothing against the rules.", now);
        assertEquals(Optional.empty(),
                QuarkusTransaction.requiringNew().call(() -> submissions.enqueue(none, now)));
        for (DecisionFacts d : List.of(leaking, early, none)) {
            long rows = QuarkusTransaction.requiringNew().call(
                    () -> events.count("idempotencyKey", "dsa:decision-" + d.decisionId()));
            assertEquals(0, rows, d.action().name());
        }
    }

    private static DecisionFacts decision(DecisionAction action, String facts, Instant releaseAt) {
        return new DecisionFacts(UUID.randomUUID(), action, DecisionGround.INCOMPATIBLE_CONTENT,
                "Community Guidelines section 4.2", facts, "Harassment is not allowed under section 4.2.",
                "STATEMENT_CATEGORY_CYBER_VIOLENCE", action == DecisionAction.SUSPEND_ACCOUNT ? 30 : null, List.of(),
                false, AutomationLevel.NOT_AUTOMATED, false, ContentKind.TEXT, LocalDate.of(2026, 11, 1),
                LocalDate.ofInstant(releaseAt, ZoneOffset.UTC), DecisionSource.NOTICE);
    }
}
