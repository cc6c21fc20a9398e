package org.sealedintake.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.TransactionSql;
import org.sealedintake.sealing.SealedIdentityVault;
import org.sealedintake.support.TestEnvironment;

/**
 * The report transaction writes its rows with plain SQL and keeps its Hibernate session empty, so no
 * statement of it pays for an auto-flush and commit has nothing to dirty-check (docs/performance.md,
 * "Intake persistence (issue 10)"), and still writes every row and every column the entities map.
 */
@QuarkusTest
class IntakePersistenceTest {
    @Inject
    IdempotencyStore idempotency;

    @Inject
    ReportWriter writer;

    @Inject
    ReportRepository reports;

    @Inject
    SealedIdentityVault vault;

    @Inject
    Ownership ownership;

    @Test
    void filingAReportLeavesNoEntityInTheTransactionsSession() throws Exception {
        byte[] keyIndex = new byte[32];
        new SecureRandom().nextBytes(keyIndex);
        // Random like a real body fingerprint: the shared database's rows must repeat no value
        // (UnlinkableStorageTest reads every idempotency record).
        byte[] bodyFingerprint = new byte[32];
        new SecureRandom().nextBytes(bodyFingerprint);
        var claim = (IdempotencyStore.Claim.Won) idempotency.claim(keyIndex, bodyFingerprint);
        Caller caller = IntakeFixtures.caller("reporter-x");
        // A fresh target: the case is created too (the insert, the evidence request and the second lock).
        String target = "post:" + UUID.randomUUID();
        SubmitReportRequest request = IntakeFixtures.harassment(target);
        Report[] written = new Report[1];

        int managed = QuarkusTransaction.requiringNew().call(() -> {
            written[0] = writer.create(caller, keyIndex, claim.claimedAt(), request, "Repeated insulting replies");
            return Panache.getEntityManager().unwrap(Session.class).getStatistics().getEntityCount();
        });

        assertEquals(0, managed);
        // The plain insert names its columns by hand: read back as the entity, every mapped field is as written.
        Report read = QuarkusTransaction.requiringNew().call(() -> reports.findById(written[0].id));
        for (Field f : Report.class.getFields()) {
            if (!f.isAnnotationPresent(Column.class) && !f.isAnnotationPresent(Id.class)) {
                continue;
            }
            assertTrue(Objects.deepEquals(f.get(written[0]), f.get(read)), "report." + f.getName());
        }
        UUID[] reportId = { written[0].id };
        // Committed: every row of the report, and its case with the membership.
        for (String sql : List.of("select count(*) from report where id = ?", "select count(*) from sealed_identity where report_id = ?",
                "select count(*) from report_owner_proof where report_id = ?", "select count(*) from case_report where report_id = ?",
                "select count(*) from audit_event where object_id = ?::text",
                "select count(*) from idempotency_record where report_id = ?")) {
            assertEquals(1, count(sql, reportId[0]), sql);
        }
    }

    /**
     * What one report costs the database once its account and its target have been seen (the benchmark's
     * steady state, bench/sql/intake-current.statements): one statement for the key claim, ten in the report
     * transaction, none through Hibernate, sent in five round trips before the commit (D30: the writes whose
     * answer nothing waits for go with the next statement); and the stored fingerprint set holds every
     * reporter value.
     */
    @Test
    void aReportOfAKnownAccountOnAKnownTargetTakesElevenStatements() throws Exception {
        Caller caller = IntakeFixtures.caller("reporter-y");
        String target = "post:" + UUID.randomUUID();
        // The first creates the quota row, the case, and the remembered pointer count.
        UUID firstId = file(caller, target).reportId();
        Filed second = file(caller, target);

        // The insert and, in the same round trip, the setting that lets its commit skip the wait for the disk (D31).
        assertEquals(2, second.claimStatements(), "statements of the key claim");
        assertEquals(10, second.reportStatements(), "statements of the report transaction");
        // The quota lock; the quota update, report, ownership proof and pointer; the sealed identity and the key's
        // completion; the audit event and the case lock; the case's update.
        assertEquals(5, second.reportRoundTrips(), "round trips of the report transaction before its commit");
        assertEquals(0, second.managedEntities());
        // The pointer written in the same statement as its check: the account's reports, newest first.
        assertEquals(new Ownership.OwnedPage(List.of(second.reportId(), firstId), 2),
                QuarkusTransaction.requiringNew().call(() -> ownership.page(caller, 0, 10)));
        // The fingerprint set: one AEAD blob per report, holding the name, the e-mail address and the
        // account's variants the leak guard matches (as many as the first report's, and its self-test passed).
        var matcher = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(second.reportId())));
        var first = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(firstId)));
        assertTrue(matcher.selfTestsPassed());
        assertTrue(matcher.valueCount() >= 2, "values in the fingerprint set: " + matcher.valueCount());
        assertEquals(first.valueCount(), matcher.valueCount());
        assertTrue(matcher.matches("write to reporter-y@example.test"));
        assertFalse(matcher.matches("a text that names nobody"));
    }

    private record Filed(UUID reportId, long claimStatements, long reportStatements, long reportRoundTrips,
            int managedEntities) {
    }

    private Filed file(Caller caller, String target) throws Exception {
        byte[] keyIndex = new byte[32];
        new SecureRandom().nextBytes(keyIndex);
        byte[] bodyFingerprint = new byte[32];
        new SecureRandom().nextBytes(bodyFingerprint);
        long before = TransactionSql.statementsOnThisThread();
        var claim = (IdempotencyStore.Claim.Won) idempotency.claim(keyIndex, bodyFingerprint);
        long claimed = TransactionSql.statementsOnThisThread();
        SubmitReportRequest request = IntakeFixtures.harassment(target);
        UUID[] id = new UUID[1];
        long[] written = new long[1];
        long tripsBefore = TransactionSql.roundTripsOnThisThread();
        long[] trips = new long[1];
        int managed = QuarkusTransaction.requiringNew().call(() -> {
            id[0] = writer.create(caller, keyIndex, claim.claimedAt(), request, "Repeated insulting replies").id;
            written[0] = TransactionSql.statementsOnThisThread();
            trips[0] = TransactionSql.roundTripsOnThisThread();
            return Panache.getEntityManager().unwrap(Session.class).getStatistics().getEntityCount();
        });
        return new Filed(id[0], claimed - before, written[0] - claimed, trips[0] - tripsBefore, managed);
    }

    private static long count(String sql, UUID reportId) throws Exception {
        try (Connection c = TestEnvironment.ownerConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
