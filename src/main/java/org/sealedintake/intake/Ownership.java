package org.sealedintake.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.crypto.DataCipher;

/**
 * Who owns which report and attachment, with nothing a copy of the database could group (threat T21):
 * <ul>
 * <li>a proof row per object, PRF(account, kind, object id), answers "is this mine?";</li>
 * <li>insert-only pointer rows at PRF(account, "report", i), i = 0, 1, 2, ..., each holding a report
 * id AEAD-encrypted, answer "which are mine?", newest first. They have no foreign key, so the sequence
 * never gets holes and its length is found by galloping search.</li>
 * </ul>
 * Every stored value is unique to one object; only the blind-index key and the account's issuer and
 * subject together find an account's rows (threat T17 is the documented limit).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Ownership {
    private static final byte[] REPORT = "report".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ATTACHMENT = "attachment".getBytes(StandardCharsets.UTF_8);
    /** Pointers probed in the first query: most accounts have fewer reports than this. */
    private static final int FIRST_PROBE = 16;
    /** Concurrent filings by one account are serialised by its quota row; this only bounds a runaway loop. */
    private static final int MAX_POINTER_ATTEMPTS = 64;

    /** Accounts whose pointer count this process remembers; the least recently used go first. */
    private static final int MAX_COUNT_HINTS = 50_000;

    private final BlindIndex blindIndex;
    private final DataCipher cipher;
    private final OwnershipRepository rows;
    /**
     * Each recently seen account's pointer count, in this process's memory only (never stored, logged
     * or exported), keyed by the account's first locator: a hint that one query confirms (pointer
     * n - 1 present, pointer n absent), so an active account's filing skips the galloping search. A
     * stale or wrong hint (another replica filed, a transaction rolled back) fails the check and the
     * search runs as before.
     */
    private final Map<ByteBuffer, Long> countHints = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Long> eldest) {
                    return size() > MAX_COUNT_HINTS;
                }
            });

    Ownership(BlindIndex blindIndex, DataCipher cipher, OwnershipRepository rows) {
        this.blindIndex = blindIndex;
        this.cipher = cipher;
        this.rows = rows;
    }

    /** A page of the caller's report ids, newest first, and how many reports the caller has filed. */
    public record OwnedPage(List<UUID> reportIds, long total) {
    }

    /** Records that the caller filed this report, in the report's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordReport(Caller caller, UUID reportId) {
        rows.insertReportProof(reportId, proof(caller, REPORT, reportId));
        ByteBuffer hintKey = hintKey(caller);
        Long hint = countHints.get(hintKey);
        if (hint != null && hint > 0) {
            // An active account's filing: the remembered count is checked and used in one statement.
            byte[] locator = locator(caller, hint);
            if (rows.insertPointerAfter(locator(caller, hint - 1), locator,
                    cipher.encrypt(bytes(reportId), AssociatedData.ownerPointer(locator)))) {
                countHints.put(hintKey, hint + 1);
                return;
            }
        }
        long next = search(caller);
        for (int attempt = 0; attempt < MAX_POINTER_ATTEMPTS; attempt++, next++) {
            byte[] locator = locator(caller, next);
            if (rows.insertPointer(locator, cipher.encrypt(bytes(reportId), AssociatedData.ownerPointer(locator)))) {
                countHints.put(hintKey, next + 1);
                return;
            }
        }
        throw new IllegalStateException("no free owner pointer found");
    }

    /** Records that the caller uploaded this attachment, in the upload's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAttachment(Caller caller, UUID attachmentId) {
        rows.insertAttachmentProof(attachmentId, proof(caller, ATTACHMENT, attachmentId));
    }

    /** Whether the caller filed this report; false alike for someone else's and for none. */
    public boolean ownsReport(Caller caller, UUID reportId) {
        return rows.reportProofExists(reportId, proof(caller, REPORT, reportId));
    }

    /** Whether the caller uploaded every one of these attachments. */
    public boolean ownsAllAttachments(Caller caller, Collection<UUID> attachmentIds) {
        Map<UUID, byte[]> proofs = new LinkedHashMap<>();
        attachmentIds.forEach(id -> proofs.put(id, proof(caller, ATTACHMENT, id)));
        return rows.attachmentProofsExisting(proofs) == proofs.size();
    }

    /** The caller's report ids on one page, newest first. */
    public OwnedPage page(Caller caller, int page, int size) {
        long total = count(caller);
        long newest = total - 1 - (long) page * size;
        if (newest < 0) {
            return new OwnedPage(List.of(), total);
        }
        long oldest = Math.max(0, newest - size + 1);
        List<byte[]> locators = new ArrayList<>();
        for (long i = newest; i >= oldest; i--) {
            locators.add(locator(caller, i));
        }
        Map<String, byte[]> found = rows.pointers(locators);
        List<UUID> ids = new ArrayList<>();
        for (byte[] locator : locators) {
            byte[] sealed = found.get(HexFormat.of().formatHex(locator));
            if (sealed != null) {
                ids.add(uuid(cipher.decrypt(sealed, AssociatedData.ownerPointer(locator))));
            }
        }
        return new OwnedPage(ids, total);
    }

    /** How many pointers the caller has: one query to confirm a remembered count, else {@link #search}. */
    long count(Caller caller) {
        return count(caller, hintKey(caller));
    }

    private long count(Caller caller, ByteBuffer key) {
        Long hint = countHints.get(key);
        if (hint != null && hint > 0) {
            byte[] last = locator(caller, hint - 1);
            byte[] next = locator(caller, hint);
            Map<String, byte[]> found = rows.pointers(List.of(last, next));
            if (found.containsKey(HexFormat.of().formatHex(last)) && !found.containsKey(HexFormat.of().formatHex(next))) {
                return hint;
            }
        }
        long n = search(caller);
        countHints.put(key, n);
        return n;
    }

    /** How many pointers the caller has: one query for most accounts, then galloping and binary search. */
    private long search(Caller caller) {
        List<byte[]> first = new ArrayList<>();
        for (int i = 0; i < FIRST_PROBE; i++) {
            first.add(locator(caller, i));
        }
        Map<String, byte[]> found = rows.pointers(first);
        for (int i = 0; i < FIRST_PROBE; i++) {
            if (!found.containsKey(HexFormat.of().formatHex(first.get(i)))) {
                return i;
            }
        }
        long present = FIRST_PROBE - 1;
        long absent = 2L * FIRST_PROBE - 1;
        while (exists(caller, absent)) {
            present = absent;
            absent = absent * 2 + 1;
        }
        while (absent - present > 1) {
            long mid = present + (absent - present) / 2;
            if (exists(caller, mid)) {
                present = mid;
            } else {
                absent = mid;
            }
        }
        return present + 1;
    }

    private ByteBuffer hintKey(Caller caller) {
        return ByteBuffer.wrap(locator(caller, 0));
    }

    private boolean exists(Caller caller, long i) {
        return rows.pointerExists(locator(caller, i));
    }

    private byte[] proof(Caller caller, byte[] kind, UUID id) {
        return blindIndex.of(BlindIndex.Domain.OWNERSHIP_PROOF, caller.accountKey(kind, bytes(id)));
    }

    private byte[] locator(Caller caller, long i) {
        return blindIndex.of(BlindIndex.Domain.OWNER_POINTER,
                caller.accountKey(REPORT, ByteBuffer.allocate(Long.BYTES).putLong(i).array()));
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static UUID uuid(byte[] b) {
        ByteBuffer in = ByteBuffer.wrap(b);
        return new UUID(in.getLong(), in.getLong());
    }
}
