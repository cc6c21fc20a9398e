package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * DEV-ONLY key-encryption key kept as a cleartext Tink keyset in a local file
 * ({@code local-file:/path/kek.json}). A KEK on disk next to what it wraps protects nothing against
 * whoever reads the disk, so every profile but dev and test refuses it: production uses a KMS provider.
 */
@ApplicationScoped
public class LocalFileKekProvider implements KekProvider {
    static final String SCHEME = "local-file:";

    @Override
    public boolean supports(String kekUri) {
        return kekUri.startsWith(SCHEME);
    }

    @Override
    public Aead kek(String kekUri, boolean create) throws GeneralSecurityException {
        DevProfile.require(DevProfile.active(), "local-file KEKs (configure a KMS KEK URI)");
        return load(pathOf(kekUri), create);
    }

    /** The file a local-file URI names, normalised: {@code /k/a.json} and {@code /k/./a.json} are one KEK. */
    static Path pathOf(String kekUri) {
        return Path.of(kekUri.substring(SCHEME.length())).toAbsolutePath().normalize();
    }

    static Aead load(Path file, boolean create) throws GeneralSecurityException {
        try {
            if (!Files.exists(file)) {
                if (!create) {
                    throw new IllegalStateException("KEK file missing: " + file);
                }
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                KeysetFiles.writePrivate(file, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get()));
            }
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read KEK file " + file, e);
        }
    }
}
