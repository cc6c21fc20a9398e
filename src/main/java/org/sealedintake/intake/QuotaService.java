package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.TransactionSql;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.crypto.DataCipher;

/**
 * Charges per-account quotas in the caller's transaction, so a refused or failed request charges
 * nothing. One row per account, kind and fixed window, at PRF(account, kind, window start), with the
 * counter AEAD-encrypted: a dump sees that some account was active in a window, not which, nor how
 * much, nor that two windows belong to one account (threat T21). The row lock also serialises one
 * account's concurrent filings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QuotaService {
    /** The kinds of quota, each with its own counter. */
    enum Kind {
        REPORTS("reports"),
        UPLOADS("uploads"),
        UPLOAD_BYTES("upload-bytes");

        final byte[] label;

        Kind(String label) {
            this.label = label.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final Duration HOUR = Duration.ofHours(1);

    private final QuotaConfig config;
    private final BlindIndex blindIndex;
    private final DataCipher cipher;
    private final Clock clock;

    QuotaService(QuotaConfig config, BlindIndex blindIndex, DataCipher cipher, Clock clock) {
        this.config = config;
        this.blindIndex = blindIndex;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** One more report, or 429. */
    public void chargeReport(Caller caller) {
        charge(caller, Kind.REPORTS, HOUR, 1, config.reportsPerHour(), "reports per hour");
    }

    /** One more upload of {@code bytes}, or 429. */
    public void chargeUpload(Caller caller, long bytes) {
        charge(caller, Kind.UPLOADS, HOUR, 1, config.uploadsPerHour(), "uploads per hour");
        charge(caller, Kind.UPLOAD_BYTES, config.uploadBytesWindow(), bytes, config.uploadBytesPerWindow(),
                "upload volume");
    }

    /**
     * Refuses an upload that would not fit, before the image is decoded: an account past its quota
     * must not make the service decode image after image only to refuse each. Reads without a lock
     * and charges nothing; {@link #chargeUpload} in the upload's transaction stays the authority.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void checkUpload(Caller caller, long bytes) {
        Window uploads = window(caller, Kind.UPLOADS, HOUR);
        uploads.refuseIfOver(used(uploads, false), 1, config.uploadsPerHour(), "uploads per hour");
        Window volume = window(caller, Kind.UPLOAD_BYTES, config.uploadBytesWindow());
        volume.refuseIfOver(used(volume, false), bytes, config.uploadBytesPerWindow(), "upload volume");
    }

    private void charge(Caller caller, Kind kind, Duration length, long amount, long limit, String what) {
        Window w = window(caller, kind, length);
        long used = used(w, true);
        w.refuseIfOver(used, amount, limit, what);
        // Queued: it goes with the transaction's next statement (TransactionSql.write).
        TransactionSql.write("update quota_window set sealed_state = ? where locator = ?",
                cipher.encrypt(encode(used + amount), w.ad()), w.locator());
    }

    /** The amount used so far; {@code lock}: create the row if missing and lock it for this transaction. */
    private long used(Window w, boolean lock) {
        Optional<byte[]> state = state(w, lock);
        if (state.isEmpty() && lock) {
            // Only an account's first charge in a window creates its row; every later one just locks it.
            TransactionSql.update("""
                    insert into quota_window (locator, sealed_state, expires_at) values (?, ?, ?)
                    on conflict (locator) do nothing""", w.locator(), cipher.encrypt(encode(0), w.ad()), w.end());
            state = state(w, true);
        }
        return state.map(b -> decode(cipher.decrypt(b, w.ad()))).orElse(0L);
    }

    private Optional<byte[]> state(Window w, boolean lock) {
        return TransactionSql.first("select sealed_state from quota_window where locator = ?" + (lock ? " for update" : ""),
                rs -> rs.getBytes(1), w.locator());
    }

    private Window window(Caller caller, Kind kind, Duration length) {
        Instant now = Instant.now(clock);
        long start = Math.floorDiv(now.getEpochSecond(), length.toSeconds()) * length.toSeconds();
        byte[] locator = blindIndex.of(BlindIndex.Domain.QUOTA_WINDOW,
                caller.accountKey(kind.label, ByteBuffer.allocate(Long.BYTES).putLong(start).array()));
        return new Window(locator, AssociatedData.quotaWindow(locator), now, Instant.ofEpochSecond(start + length.toSeconds()));
    }

    /** One account's counter in one window. */
    private record Window(byte[] locator, byte[] ad, Instant now, Instant end) {

        void refuseIfOver(long used, long amount, long limit, String what) {
            if (amount > limit - used) {
                long retryAfter = Math.max(1, Duration.between(now, end).toSeconds() + 1);
                throw new ApiProblem(429, "quota-exceeded", "Too many requests",
                        "This account has reached its limit of " + what + "; try again later.")
                        .withHeader("Retry-After", Long.toString(retryAfter));
            }
        }
    }

    /** Deletes windows that have ended; needs no account's key. */
    @Transactional(Transactional.TxType.REQUIRED)
    public long purgeExpired() {
        return Panache.getEntityManager().createNativeQuery("delete from quota_window where expires_at < ?1")
                .setParameter(1, Instant.now(clock)).executeUpdate();
    }

    private static byte[] encode(long used) {
        return ByteBuffer.allocate(Long.BYTES).putLong(used).array();
    }

    private static long decode(byte[] b) {
        return ByteBuffer.wrap(b).getLong();
    }
}
