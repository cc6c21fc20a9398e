package org.sealedintake.cases.evidence;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps a response body up to a cap and hashes what it keeps. At the first byte past the cap it stops
 * the download (cancels the subscription) and answers {@code truncated}: an oversized item costs the
 * cap, never more. The hash is a fingerprint of public content, not a keyed value: the JDK's SHA-256.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Kept> {

    /** What was kept: the bytes, whether the item went on past the cap, and the SHA-256 (hex) of the kept bytes. */
    record Kept(byte[] bytes, boolean truncated, String sha256) {
        static final Kept NONE = new Kept(new byte[0], false, null);
    }

    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final MessageDigest sha256;
    private final CompletableFuture<Kept> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long kept;

    CappedBody(long cap) {
        this.cap = cap;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public CompletionStage<Kept> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            long room = cap - kept;
            if (n > room) {
                keep(b, (int) room);
                finish(true);
                subscription.cancel();
                return;
            }
            keep(b, n);
        }
    }

    private void keep(ByteBuffer b, int n) {
        byte[] chunk = new byte[n];
        b.get(chunk);
        out.write(chunk, 0, n);
        sha256.update(chunk);
        kept += n;
    }

    private void finish(boolean truncated) {
        result.complete(new Kept(out.toByteArray(), truncated, HexFormat.of().formatHex(sha256.digest())));
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        if (!result.isDone()) {
            finish(false);
        }
    }
}
