package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code keys init}: creates a fresh set of keysets in a folder. Runs without starting the service.
 * <pre>
 *   java -jar quarkus-run.jar keys init --dir DIR --service-kek URI --executor-kek URI [--force]
 *   java -jar quarkus-run.jar keys add-missing --dir DIR --service-kek URI
 * </pre>
 * {@code add-missing} writes the service keysets a folder made by an older release lacks (e.g. the
 * outbox-signing keyset) and never touches an existing file.
 * KEK URIs: {@code local-file:/path} (DEV ONLY: refused unless the profile, from
 * {@code -Dquarkus.profile} or {@code QUARKUS_PROFILE}, is dev or test; a packaged jar runs as prod).
 * A KMS scheme needs its {@link KekProvider}; none ships yet, see docs/keys.md. The two KEKs are
 * compared by what they resolve to, not by their spelling.
 */
public final class KeysTool {
    private KeysTool() {
    }

    public static int run(String[] args, PrintStream out) {
        return run(args, out, List.of(profile()));
    }

    /** The profile the command runs under: as Quarkus would pick it for a packaged jar (prod unless set). */
    static String profile() {
        String p = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        return p == null || p.isBlank() ? "prod" : p.strip();
    }

    static int run(String[] args, PrintStream out, List<String> profiles) {
        if (args.length >= 2 && "add-missing".equals(args[1])) {
            return addMissing(options(args), out, profiles);
        }
        if (args.length < 2 || !"init".equals(args[1])) {
            out.println("usage: keys init --dir DIR --service-kek URI --executor-kek URI [--force]");
            out.println("       keys add-missing --dir DIR --service-kek URI");
            return 2;
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if ("--force".equals(args[i])) {
                opts.put("force", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i].substring(2), args[++i]);
            }
        }
        if (!opts.containsKey("dir") || !opts.containsKey("service-kek") || !opts.containsKey("executor-kek")) {
            out.println("keys init needs --dir, --service-kek and --executor-kek");
            return 2;
        }
        if (resolved(opts.get("service-kek")).equals(resolved(opts.get("executor-kek")))) {
            out.println("the executor KEK must differ from the service KEK (threat T19)");
            return 2;
        }
        if (!DevProfile.allowsDevKeys(profiles) && (isLocalFile(opts.get("service-kek")) || isLocalFile(opts.get("executor-kek")))) {
            out.println("local-file KEKs are cleartext keys on disk and are for the dev and test profiles only"
                    + " (active profile: " + String.join(",", profiles) + "); use a KMS KEK URI");
            return 2;
        }
        try {
            KeyRing.registerTink();
            Path dir = Path.of(opts.get("dir"));
            if (KeyGenerator.exists(dir, KeysetFiles.SEALING_PUBLIC) && !opts.containsKey("force")) {
                out.println("keysets already exist in " + dir + " (use --force to replace them; old data then becomes unreadable)");
                return 1;
            }
            Aead serviceKek = kek(opts.get("service-kek"));
            Aead executorKek = kek(opts.get("executor-kek"));
            KeyGenerator.writeSealingPair(dir, executorKek);
            for (KeysetFiles f : KeysetFiles.SERVICE_KEYSETS) {
                KeyGenerator.writeServiceKeyset(dir, f, serviceKek);
            }
            KeyGenerator.writeExecutorKeyset(dir, KeysetFiles.APPROVAL_SIGNING, executorKek);
            String fingerprint = SealingKeyPin.fingerprint(com.google.crypto.tink.TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(
                    java.nio.file.Files.readString(KeysetFiles.SEALING_PUBLIC.in(dir))));
            out.println("keysets written to " + dir + "; back them up now (docs/keys.md)");
            out.println("sealed.keys.sealing-public-fingerprint=" + fingerprint);
            return 0;
        } catch (Exception e) {
            out.println("keys init failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i].substring(2), args[++i]);
            }
        }
        return opts;
    }

    /** Writes missing service keysets, after checking that the KEK opens the folder's existing ones. */
    private static int addMissing(Map<String, String> opts, PrintStream out, List<String> profiles) {
        if (!opts.containsKey("dir") || !opts.containsKey("service-kek")) {
            out.println("keys add-missing needs --dir and --service-kek");
            return 2;
        }
        if (!DevProfile.allowsDevKeys(profiles) && isLocalFile(opts.get("service-kek"))) {
            out.println("local-file KEKs are for the dev and test profiles only (active profile: " + String.join(",", profiles)
                    + "); use a KMS KEK URI");
            return 2;
        }
        try {
            KeyRing.registerTink();
            Path dir = Path.of(opts.get("dir"));
            if (!KeyGenerator.exists(dir, KeysetFiles.DATA)) {
                out.println("no keysets in " + dir + ": use 'keys init'");
                return 1;
            }
            Aead serviceKek = kek(opts.get("service-kek"));
            // A wrong KEK would wrap the new keysets so that the service cannot open them.
            com.google.crypto.tink.TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
                    java.nio.file.Files.readString(KeysetFiles.DATA.in(dir)), serviceKek, KeysetFiles.DATA.associatedData());
            int written = 0;
            for (KeysetFiles f : KeysetFiles.SERVICE_KEYSETS) {
                if (!KeyGenerator.exists(dir, f)) {
                    KeyGenerator.writeServiceKeyset(dir, f, serviceKek);
                    out.println("written: " + f.in(dir).getFileName());
                    written++;
                }
            }
            out.println(written == 0 ? "nothing missing in " + dir : "back up the new keysets now (docs/keys.md)");
            return 0;
        } catch (java.security.GeneralSecurityException e) {
            out.println("keys add-missing failed: the service KEK does not open the existing keysets");
            return 1;
        } catch (Exception e) {
            out.println("keys add-missing failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private static boolean isLocalFile(String uri) {
        return new LocalFileKekProvider().supports(uri);
    }

    /**
     * What a KEK URI points at: a local file by its normalised absolute path (through symbolic links
     * when it exists); other schemes as written.
     */
    static String resolved(String uri) {
        if (!isLocalFile(uri)) {
            return uri.strip();
        }
        Path p = LocalFileKekProvider.pathOf(uri);
        try {
            return LocalFileKekProvider.SCHEME + (java.nio.file.Files.exists(p) ? p.toRealPath() : p);
        } catch (java.io.IOException e) {
            return LocalFileKekProvider.SCHEME + p;
        }
    }

    private static Aead kek(String uri) throws java.security.GeneralSecurityException {
        if (isLocalFile(uri)) {
            return LocalFileKekProvider.load(LocalFileKekProvider.pathOf(uri), true);
        }
        throw new IllegalArgumentException("no KEK provider for this URI scheme");
    }
}
