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

    /** AEAD associated data of an attachment's bytes. */
    public static byte[] attachment(UUID attachmentId) {
        return bytes("attachment:v1:" + attachmentId);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
