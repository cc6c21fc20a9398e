package org.sealedintake.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * Signs and checks unseal approval evidence with the Ed25519 keyset {@link KeysetFiles#APPROVAL_SIGNING}
 * (threat T24). The keyset is wrapped by the executor KEK and loaded only in the modes that open
 * identities (all, executor): an API pod and every database role can read the signatures but can
 * make none, so a row that says APPROVED without a signature from here is not an approval.
 */
@ApplicationScoped
public class ApprovalSigner {
    private final Optional<PublicKeySign> sign;
    private final Optional<PublicKeyVerify> verify;

    ApprovalSigner(KeyRing keys) throws GeneralSecurityException {
        Optional<KeysetHandle> handle = keys.approvalSigning();
        this.sign = handle.isPresent()
                ? Optional.of(handle.get().getPrimitive(RegistryConfiguration.get(), PublicKeySign.class))
                : Optional.empty();
        // Checked against the public half of the keyset this process unwrapped itself, never a key from the database.
        this.verify = handle.isPresent()
                ? Optional.of(handle.get().getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class))
                : Optional.empty();
    }

    /** Whether this instance holds the approval keyset (modes all and executor). */
    public boolean available() {
        return sign.isPresent();
    }

    public byte[] sign(byte[] message) {
        try {
            return sign.orElseThrow(() -> new IllegalStateException("this instance does not hold the approval keyset"))
                    .sign(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("approval signing failed", e);
        }
    }

    /** True only when {@code signature} is a valid signature of {@code message} by the approval keyset. */
    public boolean verify(byte[] message, byte[] signature) {
        if (signature == null || verify.isEmpty()) {
            return false;
        }
        try {
            verify.get().verify(signature, message);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
