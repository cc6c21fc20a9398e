package org.sealedintake.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The keyset files of one key folder, and how they are written. */
public enum KeysetFiles {
    /** Public half of the sealing keyset (HPKE); not secret. */
    SEALING_PUBLIC("sealing-public.json"),
    /** Private half of the sealing keyset, encrypted under the executor KEK. */
    SEALING_PRIVATE("sealing-private.json"),
    /** Blind-index PRF keyset, encrypted under the service KEK. */
    BLIND_INDEX("blind-index.json"),
    /** AEAD keyset for report texts and attachments, encrypted under the service KEK. */
    DATA("data.json"),
    /** Ed25519 keyset signing audit checkpoints, encrypted under the service KEK. */
    AUDIT_SIGNING("audit-signing.json"),
    /**
     * Ed25519 keyset signing unseal approvals, encrypted under the executor KEK: only the executor
     * signs and checks approval evidence, so no API pod or database writer can make some (T24).
     */
    APPROVAL_SIGNING("approval-signing.json"),
    /**
     * Ed25519 keyset (raw signatures, no Tink prefix, so receivers can verify with any Ed25519
     * library) signing outbox deliveries to webhooks, encrypted under the service KEK (docs/outbox.md).
     */
    OUTBOX_SIGNING("outbox-signing.json");

    /** The keysets every mode loads, wrapped by the service KEK. */
    static final java.util.List<KeysetFiles> SERVICE_KEYSETS = java.util.List.of(BLIND_INDEX, DATA, AUDIT_SIGNING, OUTBOX_SIGNING);

    private final String fileName;

    KeysetFiles(String fileName) {
        this.fileName = fileName;
    }

    public Path in(Path dir) {
        return dir.resolve(fileName);
    }

    /** Binds an encrypted keyset to its purpose: a keyset file moved to another name does not decrypt. */
    byte[] associatedData() {
        return ("sealed-intake:keyset:v1:" + name()).getBytes(StandardCharsets.UTF_8);
    }

    static void writePrivate(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".keyset", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
