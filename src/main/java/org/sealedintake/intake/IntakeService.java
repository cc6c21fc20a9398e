package org.sealedintake.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.crypto.BlindIndex;

/**
 * Files reports idempotently. Deliberately not transactional itself: the key claim commits first
 * (so a concurrent duplicate sees it and gets 409), then {@link ReportWriter} writes the report in
 * its own transaction, or the claim is released when that fails.
 */
@ApplicationScoped
public class IntakeService {
    /** Canonical JSON of a request: sorted properties, so equal bodies fingerprint equally. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndAddModules()
            .build();

    private final BlindIndex blindIndex;
    private final IdempotencyStore idempotency;
    private final ReportWriter writer;
    private final ModeratorTextScrubber scrubber;

    IntakeService(BlindIndex blindIndex, IdempotencyStore idempotency, ReportWriter writer,
            ModeratorTextScrubber scrubber) {
        this.blindIndex = blindIndex;
        this.idempotency = idempotency;
        this.writer = writer;
        this.scrubber = scrubber;
    }

    /** The outcome of a submission: the receipt, and whether it is a replay of an earlier answer. */
    public record Submission(IntakeReceipt receipt, boolean replayed) {
    }

    public Submission submit(Caller caller, String idempotencyKey, SubmitReportRequest request) {
        byte[] key = idempotencyKey.getBytes(StandardCharsets.UTF_8);
        byte[] keyIndex = blindIndex.of(BlindIndex.Domain.IDEMPOTENCY_KEY, caller.accountKey(key));
        // Bound to the key as well: equal bodies sent under two keys must not give equal stored values.
        byte[] bodyFingerprint = blindIndex.of(BlindIndex.Domain.IDEMPOTENCY_BODY, caller.accountKey(key, canonical(request)));

        IdempotencyStore.Claim claim = idempotency.claim(keyIndex, bodyFingerprint);
        if (claim instanceof IdempotencyStore.Claim.Existing existing) {
            return replay(existing.record(), bodyFingerprint);
        }
        java.time.Instant claimedAt = ((IdempotencyStore.Claim.Won) claim).claimedAt();
        try {
            String moderatorText = scrubber.scrub(caller, request);
            return new Submission(IntakeReceipt.of(writer.create(caller, keyIndex, claimedAt, request, moderatorText)), false);
        } catch (RuntimeException e) {
            idempotency.release(keyIndex, claimedAt);
            throw e;
        }
    }

    private Submission replay(IdempotencyRecord record, byte[] bodyFingerprint) {
        if (record == null || !record.completed()) {
            throw new ApiProblem(409, "idempotency-in-flight", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        if (!Arrays.equals(record.bodyFingerprint, bodyFingerprint)) {
            throw new ApiProblem(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used with a different request body.");
        }
        return new Submission(writer.receiptOf(record.reportId), true);
    }

    private static byte[] canonical(SubmitReportRequest request) {
        try {
            return CANONICAL.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request could not be canonicalised");
        }
    }
}
