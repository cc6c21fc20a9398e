package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sealedintake.common.ApiProblem;
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

    private void charge(Caller caller, Kind kind, Duration window, long amount, long limit, String what) {
        Instant now = Instant.now(clock);
        long windowStart = Math.floorDiv(now.getEpochSecond(), window.toSeconds()) * window.toSeconds();
        Instant windowEnd = Instant.ofEpochSecond(windowStart + window.toSeconds());
        byte[] locator = blindIndex.of(BlindIndex.Domain.QUOTA_WINDOW,
                caller.accountKey(kind.label, ByteBuffer.allocate(Long.BYTES).putLong(windowStart).array()));
        byte[] ad = AssociatedData.quotaWindow(locator);
        var em = Panache.getEntityManager();
        em.createNativeQuery("""
                insert into quota_window (locator, sealed_state, expires_at) values (?1, ?2, ?3)
                on conflict (locator) do nothing""")
                .setParameter(1, locator).setParameter(2, cipher.encrypt(encode(0), ad)).setParameter(3, windowEnd)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<byte[]> state = em.createNativeQuery("select sealed_state from quota_window where locator = ?1 for update")
                .setParameter(1, locator).getResultList();
        long used = decode(cipher.decrypt(state.get(0), ad));
        if (amount > limit - used) {
            long retryAfter = Math.max(1, Duration.between(now, windowEnd).toSeconds() + 1);
            throw new ApiProblem(429, "quota-exceeded", "Too many requests",
                    "This account has reached its limit of " + what + "; try again later.")
                    .withHeader("Retry-After", Long.toString(retryAfter));
        }
        em.createNativeQuery("update quota_window set sealed_state = ?1 where locator = ?2")
                .setParameter(1, cipher.encrypt(encode(used + amount), ad)).setParameter(2, locator).executeUpdate();
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
