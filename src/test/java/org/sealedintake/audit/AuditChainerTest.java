package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.crypto.AuditSigner;

/** The chainer's edge cases, each on a database of its own. */
@QuarkusTest
class AuditChainerTest {
    @Inject
    AuditSigner signer;

    ScratchAuditDatabase db;
    DataSource app;

    @BeforeEach
    void scratch() throws Exception {
        db = ScratchAuditDatabase.create(signer);
        app = db.appDataSource(null);
    }

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    private AuditChainer chainer(CheckpointExporter exporter, long lookbackIds) {
        return new AuditChainer(app, signer, exporter, new AuditChainer.Settings(1000, lookbackIds, Duration.ofHours(1),
                Duration.ofSeconds(10), 10, Duration.ofHours(1)), Clock.systemUTC());
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void eventCommittedLaterThanTheLookBackIsChainedByTheFullSweep() throws Exception {
        AuditChainer chainer = chainer(db.exporter, 5);
        try (Connection late = app.getConnection()) {
            late.setAutoCommit(false);
            try (Statement s = late.createStatement()) {
                s.execute("insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome)"
                        + " values (gen_random_uuid(), now(), 'staff-1', 'report.read', 'report', 'late', null, 'ok')");
            }
            db.insertEvents(20, "early");
            chainer.run();
            late.commit();
        }
        chainer.run();
        assertEquals(1, count("select count(*) from audit_event e where not exists (select 1 from audit_chain c where c.event_id = e.id)"),
                "a normal run looks back 5 ids only");

        chainer.requestFullSweep();
        chainer.run();

        assertEquals(21, count("select count(*) from audit_chain"));
        assertTrue(db.verify(app).intact());
    }

    @Test
    void twoChainersRacingOnOneDatabaseNeverFork() throws Exception {
        AuditChainer a = chainer(db.exporter, 100_000);
        AuditChainer b = chainer(db.exporter, 100_000);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> runs = new ArrayList<>();
        for (AuditChainer ch : List.of(a, b)) {
            runs.add(pool.submit(() -> {
                while (writing.get()) {
                    ch.run();
                }
                return null;
            }));
        }
        for (int i = 0; i < 20; i++) {
            db.insertEvents(25, "race" + i);
        }
        writing.set(false);
        for (Future<?> f : runs) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        a.run();

        assertEquals(500, count("select count(*) from audit_chain"));
        assertEquals(500, count("select max(seq) from audit_chain"));
        VerifyResult r = db.verify(app);
        assertTrue(r.intact(), r::toString);
        assertEquals(500, r.verifiedThrough());
    }

    @Test
    void checkpointWhoseExportFailedIsExportedOnALaterRun() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        CheckpointExporter flaky = new CheckpointExporter() {
            @Override
            public void export(Checkpoint checkpoint) throws IOException {
                if (down.get()) {
                    throw new IOException("witness unreachable");
                }
                db.exporter.export(checkpoint);
            }

            @Override
            public List<Checkpoint> exported() throws IOException {
                return db.exporter.exported();
            }
        };
        AuditChainer chainer = chainer(flaky, 100_000);
        db.insertEvents(10, "flaky");
        chainer.run();
        assertEquals(1, count("select count(*) from audit_checkpoint"));
        assertTrue(db.exporter.exported().isEmpty());

        down.set(false);
        chainer.run();

        List<Checkpoint> exported = db.exporter.exported();
        assertEquals(1, exported.size());
        assertEquals(10, exported.get(0).seq());
        assertTrue(signer.verify(exported.get(0).signedMessage(), exported.get(0).signature()));
        assertTrue(db.verify(app).intact());
    }
}
