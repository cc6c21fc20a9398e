package org.sealedintake.sealing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.crypto.SealingEncryptor;

/**
 * The only way into the identity vault. Seals with the public key (this class cannot open what it
 * wrote) and stores beside it the report's fingerprint set, AEAD-encrypted and bound to the report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SealedIdentityVault {
    /**
     * The serialised identity is padded to a multiple of this many bytes before sealing, so the
     * ciphertext length does not group one reporter's reports (same identity, same length).
     */
    static final int PADDING_BLOCK = 1024;

    private final SealingEncryptor encryptor;
    private final DataCipher cipher;
    private final IdentityFingerprints fingerprints;
    private final SealedIdentityRepository identities;
    private final ObjectMapper json;
    private final Clock clock;
    /**
     * The matchers of the cases checked in the last {@value #RECENT_MATCHER_SECONDS} seconds, by their
     * report ids: a moderator's texts for one case are checked one after another, and reading and
     * decrypting the case's sets each time cost more than the match. Held only in this process's
     * memory, never logged or written (docs/decisions.md says why this is safe): fingerprint sets of
     * a sealed row never change, and only complete matchers are kept.
     */
    private final Cache<Set<UUID>, IdentityMatcher> recentMatchers = Caffeine.newBuilder()
            .maximumSize(RECENT_MATCHERS)
            .expireAfterWrite(Duration.ofSeconds(RECENT_MATCHER_SECONDS))
            .executor(Runnable::run)
            .build();
    static final int RECENT_MATCHERS = 64;
    static final int RECENT_MATCHER_SECONDS = 120;

    SealedIdentityVault(SealingEncryptor encryptor, DataCipher cipher, BlindIndex blindIndex,
            SealedIdentityRepository identities, ObjectMapper json, Clock clock) {
        this.encryptor = encryptor;
        this.cipher = cipher;
        this.fingerprints = new IdentityFingerprints(blindIndex);
        this.identities = identities;
        this.json = json;
        this.clock = clock;
    }

    /** Seals the identity of the reporter of {@code reportId}, with its fingerprint set, in the caller's transaction. */
    public void seal(UUID reportId, ReporterIdentity identity) {
        SealingEncryptor.Sealed sealed = encryptor.seal(padded(serialize(identity)), reportId);
        SealedIdentity row = new SealedIdentity();
        row.reportId = reportId;
        row.keyId = sealed.keyId();
        row.ciphertext = sealed.ciphertext();
        row.fingerprintSet = cipher.encrypt(fingerprints.of(identity).encode(), AssociatedData.fingerprintSet(reportId));
        row.sealedAt = Instant.now(clock);
        identities.insert(row);
    }

    /** The sealed ciphertext of a report's identity (opening it is the unseal executor's job). */
    public Optional<SealedCiphertext> sealedOf(UUID reportId) {
        return identities.findByIdOptional(reportId).map(r -> new SealedCiphertext(r.reportId, r.keyId, r.ciphertext));
    }

    /**
     * A matcher over the reporter attributes of these reports (a case's reports, at most a few dozen).
     * Reports without a fingerprint set contribute nothing; {@link IdentityMatcher#valueCount()} says so,
     * and {@link IdentityMatcher#selfTestsPassed()} is then false.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IdentityMatcher matcherFor(Collection<UUID> reportIds) {
        Set<UUID> wanted = Set.copyOf(reportIds);
        IdentityMatcher recent = recentMatchers.getIfPresent(wanted);
        if (recent != null) {
            return recent;
        }
        List<FingerprintSet> sets = new ArrayList<>();
        boolean allPassed = true;
        boolean complete = true;
        Set<UUID> found = new HashSet<>();
        for (SealedIdentityRepository.StoredSet row : identities.fingerprintSetsOf(wanted)) {
            found.add(row.reportId());
            if (row.fingerprintSet() == null) {
                allPassed = false;
                complete = false;
                continue;
            }
            FingerprintSet set = FingerprintSet.decode(
                    cipher.decrypt(row.fingerprintSet(), AssociatedData.fingerprintSet(row.reportId())));
            allPassed &= set.selfTestPassed();
            sets.add(set);
        }
        complete &= found.containsAll(wanted);
        IdentityMatcher matcher = new IdentityMatcher(fingerprints, sets, allPassed && complete);
        if (complete) {
            // A report without a set, or whose row is not (yet) visible, is read again next time.
            recentMatchers.put(wanted, matcher);
        }
        return matcher;
    }

    /** Drops the recent matchers: benchmarks measure a case's first check with it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void forgetRecentMatchers() {
        recentMatchers.invalidateAll();
    }

    /**
     * Whether the leak guard's self-test passed at sealing for every one of these reports (false if
     * any report was sealed before the test existed). A case for which it did not is flagged for
     * moderators, and nothing goes to its creator unreviewed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean guardSelfTestsPassed(Collection<UUID> reportIds) {
        return matcherFor(reportIds).selfTestsPassed();
    }

    private byte[] serialize(ReporterIdentity identity) {
        try {
            return json.writeValueAsBytes(identity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("identity could not be serialised");
        }
    }

    /** JSON ignores trailing white space, so the opened identity parses as before. */
    static byte[] padded(byte[] serialized) {
        int size = (serialized.length / PADDING_BLOCK + 1) * PADDING_BLOCK;
        byte[] out = Arrays.copyOf(serialized, size);
        Arrays.fill(out, serialized.length, size, (byte) ' ');
        return out;
    }

    /** What the unseal executor needs to open one identity. */
    public record SealedCiphertext(UUID reportId, long keyId, byte[] ciphertext) {
    }
}
