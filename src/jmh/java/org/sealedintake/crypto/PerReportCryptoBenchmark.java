package org.sealedintake.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyAgreement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sealedintake.sealing.ReporterIdentity;
import org.sealedintake.sealing.TestMatchers;

/**
 * All cryptography one intake report costs (issue 10 target: at most 0.5 ms), with the service's own
 * parameters and payload sizes of the benchmark body (bench/body.json), one method per group so the
 * breakdown comes from the same run. What {@code POST /v1/reports} does, by class:
 * <ul>
 * <li>IntakeService: PRF of the Idempotency-Key and PRF of (key, canonical body);</li>
 * <li>QuotaService: PRF of the window locator, AEAD decrypt and encrypt of the counter;</li>
 * <li>ReportWriter: AEAD of the report text and of the moderator text;</li>
 * <li>Ownership: PRF of the ownership proof, 16 PRFs probing the owner pointers (an account with fewer
 * than 16 reports; more adds about 2 log2(n/16) PRFs), PRF of the new locator, AEAD of the pointer;</li>
 * <li>SealedIdentityVault: HPKE seal of the padded identity (1,024 bytes), two PRFs per fingerprint
 * (prefix and value) and AEAD of the fingerprint set (2,596 bytes);</li>
 * <li>CaseIntake: PRF of the case reporter tag, AEAD of a fresh state (insert-if-absent), AEAD decrypt
 * and encrypt of the case's reporter state (1,032 bytes);</li>
 * <li>AuditLog: Ed25519 seal of the audit event.</li>
 * </ul>
 * Not counted: the access token's RS256 check (Quarkus OIDC) and the guard's self-test at sealing
 * (measured apart in FingerprintBenchmark).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerReportCryptoBenchmark {
    private static final int OWNER_PROBES = 16;

    private BenchKeys keys;
    private byte[] canonicalBody;
    private byte[] reportText;
    private byte[] moderatorText;
    private byte[] identity;
    private byte[] fingerprintSet;
    private byte[] caseState;
    private byte[] quotaState;
    private byte[] auditMessage;
    private byte[][] fingerprintValues;
    private byte[][] account;
    private byte[] quotaCiphertext;
    private byte[] caseCiphertext;
    private final UUID reportId = UUID.randomUUID();
    private final UUID caseId = UUID.randomUUID();
    private KeyPair recipient;
    private KeyPair edKeys;

    /** The service's default since D26 is "native"; "java" is Tink's pure Java, as before it. */
    @Param({"native", "java"})
    public String backend;

    @Setup
    public void setUp() throws Exception {
        keys = new BenchKeys("native".equals(backend));
        canonicalBody = BenchInput.body();
        String description = BenchInput.description();
        reportText = ("{\"description\":" + quote(description) + "}").getBytes(StandardCharsets.UTF_8);
        moderatorText = description.getBytes(StandardCharsets.UTF_8);
        identity = new byte[1024];
        fingerprintSet = new byte[1 + 1 + 2 + 96 * (1 + 2 + 8 + 16)];
        caseState = new byte[1 + 1 + 4 + 2 + 64 * 16];
        quotaState = new byte[8];
        auditMessage = new byte[160];
        ReporterIdentity who = new ReporterIdentity(UUID.randomUUID().toString(), "bench-reporter-001", "Bench Reporter 001",
                "bench-reporter-001@example.test",
                Map.of("wechat", "wxid_reporter_bench", "phone", "+86 139 0000 1234", "email", "reporter.bench@example.test"));
        int variants = Math.min(96, TestMatchers.variantCount(who));
        fingerprintValues = new byte[variants][];
        for (int i = 0; i < variants; i++) {
            fingerprintValues[i] = ("bench-reporter-" + i).getBytes(StandardCharsets.UTF_8);
        }
        account = new byte[][] { "http://127.0.0.1:8180/realms/sealed-intake".getBytes(StandardCharsets.UTF_8),
                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8) };
        quotaCiphertext = keys.data.encrypt(quotaState, AssociatedData.quotaWindow(new byte[32]));
        caseCiphertext = keys.data.encrypt(caseState, AssociatedData.caseReporterState(caseId));
        System.out.println("per-report crypto: fingerprints=" + variants + " (2 PRFs each), report text " + reportText.length
                + " bytes, moderator text " + moderatorText.length + " bytes, canonical body " + canonicalBody.length + " bytes");
        KeyPairGenerator g = KeyPairGenerator.getInstance("X25519");
        recipient = g.generateKeyPair();
        edKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private byte[][] with(byte[]... more) {
        byte[][] parts = new byte[account.length + more.length][];
        System.arraycopy(account, 0, parts, 0, account.length);
        System.arraycopy(more, 0, parts, account.length, more.length);
        return parts;
    }

    @Benchmark
    public void perReport(Blackhole bh) throws GeneralSecurityException {
        prfIdempotency(bh);
        quota(bh);
        bh.consume(aeadReportTexts());
        ownership(bh);
        bh.consume(hpkeSealIdentity());
        prfFingerprints(bh);
        bh.consume(aeadFingerprintSet());
        caseState(bh);
        bh.consume(auditSeal());
    }

    @Benchmark
    public byte[] hpkeSealIdentity() throws GeneralSecurityException {
        return keys.sealing.encrypt(identity, AssociatedData.reportIdentity(reportId));
    }

    @Benchmark
    public byte[] aeadReportTexts() throws GeneralSecurityException {
        keys.data.encrypt(reportText, AssociatedData.reportText(reportId));
        return keys.data.encrypt(moderatorText, AssociatedData.reportModeratorText(reportId));
    }

    @Benchmark
    public byte[] aeadFingerprintSet() throws GeneralSecurityException {
        return keys.data.encrypt(fingerprintSet, AssociatedData.fingerprintSet(reportId));
    }

    @Benchmark
    public void prfIdempotency(Blackhole bh) {
        byte[] key = reportId.toString().getBytes(StandardCharsets.UTF_8);
        bh.consume(keys.blindIndex.of(BlindIndex.Domain.IDEMPOTENCY_KEY, with(key)));
        bh.consume(keys.blindIndex.of(BlindIndex.Domain.IDEMPOTENCY_BODY, with(key, canonicalBody)));
    }

    /** Locator PRF, decrypt of the counter, encrypt of the new counter. */
    @Benchmark
    public void quota(Blackhole bh) throws GeneralSecurityException {
        byte[] locator = keys.blindIndex.of(BlindIndex.Domain.QUOTA_WINDOW, with("reports".getBytes(StandardCharsets.UTF_8), new byte[8]));
        byte[] ad = AssociatedData.quotaWindow(new byte[32]);
        bh.consume(locator);
        bh.consume(keys.data.decrypt(quotaCiphertext, ad));
        bh.consume(keys.data.encrypt(quotaState, ad));
    }

    /** Proof PRF, 16 probe PRFs, the new locator's PRF, the pointer's AEAD. */
    @Benchmark
    public void ownership(Blackhole bh) throws GeneralSecurityException {
        byte[] report = "report".getBytes(StandardCharsets.UTF_8);
        bh.consume(keys.blindIndex.of(BlindIndex.Domain.OWNERSHIP_PROOF, with(report, bytes(reportId))));
        byte[] locator = null;
        for (int i = 0; i <= OWNER_PROBES; i++) {
            locator = keys.blindIndex.of(BlindIndex.Domain.OWNER_POINTER, with(report, ByteBuffer.allocate(8).putLong(i).array()));
        }
        bh.consume(keys.data.encrypt(bytes(reportId), AssociatedData.ownerPointer(locator)));
    }

    /** Two PRFs (prefix, value) per fingerprint, without the self-test. */
    @Benchmark
    public void prfFingerprints(Blackhole bh) {
        byte[] kind = { 2 };
        byte[] v2 = { 2 };
        for (byte[] value : fingerprintValues) {
            bh.consume(keys.blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, 8, new byte[] { 0 }, v2,
                    java.util.Arrays.copyOf(value, Math.min(6, value.length))));
            bh.consume(keys.blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, 16, kind, v2, value));
        }
    }

    /** Reporter tag PRF, a fresh state's AEAD (insert-if-absent), decrypt and re-encrypt of the case's state. */
    @Benchmark
    public void caseState(Blackhole bh) throws GeneralSecurityException {
        byte[] ad = AssociatedData.caseReporterState(caseId);
        bh.consume(keys.blindIndex.of(BlindIndex.Domain.CASE_REPORTER_TAG, 16, with(bytes(caseId))));
        bh.consume(keys.data.encrypt(caseState, AssociatedData.caseReporterState(UUID.randomUUID())));
        bh.consume(keys.data.decrypt(caseCiphertext, ad));
        bh.consume(keys.data.encrypt(caseState, ad));
    }

    @Benchmark
    public byte[] auditSeal() {
        return keys.audit.sign(auditMessage);
    }

    /** What HPKE's KEM does per seal with Tink's pure-Java X25519 (ephemeral key pair, shared secret). */
    @Benchmark
    public byte[] x25519EncapTinkJava() throws GeneralSecurityException {
        byte[] ephemeral = com.google.crypto.tink.subtle.X25519.generatePrivateKey();
        byte[] ephemeralPublic = com.google.crypto.tink.subtle.X25519.publicFromPrivate(ephemeral);
        byte[] shared = com.google.crypto.tink.subtle.X25519.computeSharedSecret(ephemeral, rawPublic(recipient));
        return ephemeralPublic.length > 0 ? shared : null;
    }

    /** The same with the JDK's XDH (SunEC), which Tink 1.24 does not use (it looks only for Conscrypt). */
    @Benchmark
    public byte[] x25519EncapJdk() throws GeneralSecurityException {
        KeyPair ephemeral = KeyPairGenerator.getInstance("X25519").generateKeyPair();
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(ephemeral.getPrivate());
        ka.doPhase(recipient.getPublic(), true);
        return ka.generateSecret();
    }

    /** The audit seal's Ed25519 signature with the JDK's SunEC instead of Tink's pure-Java Ed25519 (comparison only). */
    @Benchmark
    public byte[] ed25519SignJdk() throws GeneralSecurityException {
        java.security.Signature s = java.security.Signature.getInstance("Ed25519");
        s.initSign(edKeys.getPrivate());
        s.update(auditMessage);
        return s.sign();
    }

    private static byte[] rawPublic(KeyPair pair) {
        byte[] x509 = pair.getPublic().getEncoded();
        return java.util.Arrays.copyOfRange(x509, x509.length - 32, x509.length);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
