package org.sealedintake.cases.evidence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Reads one item from the platform's content API (contract in docs/evidence.md):
 * {@code GET {url}/content/{ref}} for the metadata, then {@code GET {url}/content/{ref}/bytes}.
 * The request names the content reference and nothing else: no report, no reporter. Redirects are not
 * followed and no URL from an answer is ever fetched, so the service only talks to the configured host.
 */
@ApplicationScoped
class ContentApiClient {
    static final int MAX_METADATA_BYTES = 64 * 1024;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]{1,100}/[A-Za-z0-9!#$&^_.+-]{1,100}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final ContentApiConfig config;
    private final long maxBytes;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    ContentApiClient(ContentApiConfig config, EvidenceConfig evidence) {
        this.config = config;
        this.maxBytes = evidence.maxBytes();
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    boolean configured() {
        return config.url().isPresent();
    }

    FetchOutcome fetch(String canonicalRef) {
        URI base = config.url().orElseThrow();
        try {
            Answer meta = get(uri(base, canonicalRef, ""), MAX_METADATA_BYTES, config.metadataTimeout(), "application/json");
            if (meta.gone()) {
                return new FetchOutcome.Gone();
            }
            if (meta.status() != 200) {
                return new FetchOutcome.Unavailable("HTTP_" + meta.status());
            }
            Optional<Metadata> m = meta.body().truncated() ? Optional.empty() : parse(meta.body().bytes(), canonicalRef);
            if (m.isEmpty()) {
                return new FetchOutcome.Unavailable("BAD_METADATA");
            }
            Answer item = get(uri(base, canonicalRef, "/bytes"), maxBytes, config.bytesTimeout(), "*/*");
            if (item.gone()) {
                return new FetchOutcome.Gone();
            }
            if (item.status() != 200) {
                return new FetchOutcome.Unavailable("HTTP_" + item.status());
            }
            String mediaType = m.get().mediaType().or(() -> item.contentType().flatMap(ContentApiClient::mediaType))
                    .orElse("application/octet-stream");
            return new FetchOutcome.Fetched(m.get().ownerAccountId(), m.get().visibility(), mediaType,
                    item.body().bytes(), item.body().truncated(), item.body().sha256());
        } catch (HttpConnectTimeoutException e) {
            return new FetchOutcome.Unavailable("CONNECT_TIMEOUT");
        } catch (HttpTimeoutException | TimeoutException e) {
            return new FetchOutcome.Unavailable("TIMEOUT");
        } catch (ConnectException e) {
            return new FetchOutcome.Unavailable("CONNECT");
        } catch (IOException e) {
            return new FetchOutcome.Unavailable("IO");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchOutcome.Unavailable("INTERRUPTED");
        }
    }

    private record Answer(int status, Optional<String> contentType, CappedBody.Kept body) {
        boolean gone() {
            return status == 404 || status == 410;
        }
    }

    private Answer get(URI uri, long cap, Duration timeout, String accept)
            throws IOException, TimeoutException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept).GET();
        config.token().filter(t -> !t.isBlank()).ifPresent(t -> b.header("Authorization", "Bearer " + t));
        // HttpRequest.timeout ends at the response headers; the deadline below also covers the body.
        CompletableFuture<HttpResponse<CappedBody.Kept>> pending = http.sendAsync(b.build(),
                info -> info.statusCode() == 200 ? new CappedBody(cap)
                        : HttpResponse.BodySubscribers.replacing(CappedBody.Kept.NONE));
        try {
            HttpResponse<CappedBody.Kept> r = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type"), r.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("content API call failed", e.getCause());
        }
    }

    private record Metadata(String ownerAccountId, String visibility, Optional<String> mediaType) {
    }

    /** The metadata answer, or empty when it is not what the contract says (never echoed anywhere). */
    private Optional<Metadata> parse(byte[] body, String canonicalRef) {
        try {
            JsonNode n = json.readTree(body);
            if (n == null || !n.isObject() || !canonicalRef.equals(text(n, "ref"))) {
                return Optional.empty();
            }
            String owner = text(n, "ownerAccountId");
            if (owner == null || !ACCOUNT_ID.matcher(owner).matches()) {
                return Optional.empty();
            }
            String visibility = text(n, "visibility");
            if (visibility != null && !WORD.matcher(visibility).matches()) {
                return Optional.empty();
            }
            return Optional.of(new Metadata(owner, visibility, Optional.ofNullable(text(n, "mediaType"))
                    .flatMap(ContentApiClient::mediaType)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static Optional<String> mediaType(String header) {
        String t = header.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return MEDIA_TYPE.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** {@code {base}/content/{ref}{suffix}}, the reference percent-encoded as one path segment. */
    static URI uri(URI base, String canonicalRef, String suffix) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b : b + "/") + "content/" + segment(canonicalRef) + suffix);
    }

    static String segment(String s) {
        StringBuilder out = new StringBuilder();
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == ':') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return out.toString();
    }
}
