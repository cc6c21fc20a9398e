package org.sealedintake.crypto;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The one place that names what a ciphertext is bound to. A ciphertext copied onto another row
 * does not decrypt there.
 */
public final class AssociatedData {
    private AssociatedData() {
    }

    /** HPKE context info of a sealed reporter identity. */
    public static byte[] reportIdentity(UUID reportId) {
        return bytes("report-identity:v1:" + reportId);
    }

    /** AEAD associated data of a report's sealed text fields. */
    public static byte[] reportText(UUID reportId) {
        return bytes("report-text:v1:" + reportId);
    }

    /** AEAD associated data of a report's text as moderators read it (scrubbed and redacted). */
    public static byte[] reportModeratorText(UUID reportId) {
        return bytes("report-moderator-text:v1:" + reportId);
    }

    /** AEAD associated data of an attachment's moderator copy (metadata stripped, re-encoded). */
    public static byte[] attachmentModeratorCopy(UUID attachmentId) {
        return bytes("attachment-moderator-copy:v1:" + attachmentId);
    }

    /** AEAD associated data of an attachment's blurred preview. */
    public static byte[] attachmentPreview(UUID attachmentId) {
        return bytes("attachment-preview:v1:" + attachmentId);
    }

    /** AEAD associated data of an attachment's bytes. */
    public static byte[] attachment(UUID attachmentId) {
        return bytes("attachment:v1:" + attachmentId);
    }

    /** AEAD associated data of a report's fingerprint set (format version inside the plaintext). */
    public static byte[] fingerprintSet(UUID reportId) {
        return bytes("fingerprint-set:" + reportId);
    }

    /** AEAD associated data of the report id held by an owner pointer: bound to the pointer's locator. */
    public static byte[] ownerPointer(byte[] locator) {
        return concat("owner-pointer:v1:", locator);
    }

    /** AEAD associated data of a quota window's counters: bound to the window's locator. */
    public static byte[] quotaWindow(byte[] locator) {
        return concat("quota-window:v1:", locator);
    }

    /** AEAD associated data of an outbox message's body: bound to its event id. */
    public static byte[] outboxPayload(UUID eventId) {
        return bytes("outbox-payload:v1:" + eventId);
    }

    /** AEAD associated data of a message under a report, as its reporter reads it. */
    public static byte[] reportMessage(UUID messageId, UUID reportId) {
        return bytes("report-message:v1:" + messageId + ":" + reportId);
    }

    /** AEAD associated data of a reporter's reply as moderators read it (scrubbed and redacted). */
    public static byte[] reportMessageForModerators(UUID messageId, UUID reportId) {
        return bytes("report-message-moderator:v1:" + messageId + ":" + reportId);
    }

    /** AEAD associated data of a notice's content, as its creator reads it. */
    public static byte[] noticeContent(UUID noticeId) {
        return bytes("notice-content:v1:" + noticeId);
    }

    /** AEAD associated data of a creator's response to a verification request. */
    public static byte[] noticeResponse(UUID noticeId) {
        return bytes("notice-response:v1:" + noticeId);
    }

    /** AEAD associated data of an appeal's grounds, or of its outcome text. */
    public static byte[] appealText(UUID appealId, String part) {
        return bytes("appeal-" + part + ":v1:" + appealId);
    }

    /** AEAD associated data of a captured item's bytes: bound to its canonical content reference. */
    public static byte[] evidence(String canonicalRef) {
        return bytes("evidence:v1:" + canonicalRef);
    }

    /** AEAD associated data of a captured item's details (owner, SHA-256, visibility): bound to its reference. */
    public static byte[] evidenceDetails(String canonicalRef) {
        return bytes("evidence-details:v1:" + canonicalRef);
    }

    /** AEAD associated data of a case's reporter state (tags, trusted-flagger count, band). */
    public static byte[] caseReporterState(UUID caseId) {
        return bytes("case-reporter-state:v1:" + caseId);
    }

    /** AEAD associated data of a moderator's note on a case. */
    public static byte[] caseNote(UUID noteId) {
        return bytes("case-note:v1:" + noteId);
    }

    /** AEAD associated data of a decision's texts (legal ground, facts, explanation). */
    public static byte[] caseDecisionText(UUID decisionId) {
        return bytes("case-decision-text:v1:" + decisionId);
    }

    private static byte[] concat(String label, byte[] value) {
        byte[] prefix = bytes(label);
        byte[] out = java.util.Arrays.copyOf(prefix, prefix.length + value.length);
        System.arraycopy(value, 0, out, prefix.length, value.length);
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
