package org.sealedintake.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's canonical reference of a report's target: {@code post:123}, {@code video:abc},
 * {@code live:x}, {@code comment:y} for content, {@code account:<id>} for an account as a whole.
 * Spelling variants ({@code POST: 123}, a platform URL) give one reference, so their reports join one
 * case; anything intake accepts that is none of these stays its own reference (trimmed), so no report
 * is refused here.
 */
public record CanonicalRef(String value, CaseKind kind) {
    private static final Pattern TYPED = Pattern.compile("^(post|video|live|comment|account)\\s*:\\s*(\\S+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH = Pattern.compile("^/(post|video|live|comment|account|u)/([^/?#]+)/?$",
            Pattern.CASE_INSENSITIVE);

    /** Canonicalises {@code raw}; {@code platformHosts} are the hosts whose URLs are recognised. */
    public static CanonicalRef of(String raw, List<String> platformHosts) {
        String s = raw.strip();
        Matcher typed = TYPED.matcher(s);
        if (typed.matches()) {
            return typed(typed.group(1), typed.group(2));
        }
        return url(s, platformHosts).orElseGet(() -> new CanonicalRef(s, CaseKind.CONTENT));
    }

    private static Optional<CanonicalRef> url(String s, List<String> hosts) {
        if (hosts.isEmpty() || !(s.regionMatches(true, 0, "https://", 0, 8) || s.regionMatches(true, 0, "http://", 0, 7))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(s);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (hosts.stream().noneMatch(h -> h.equalsIgnoreCase(host)) || uri.getRawPath() == null) {
                return Optional.empty();
            }
            Matcher path = PATH.matcher(uri.getRawPath());
            if (!path.matches()) {
                return Optional.empty();
            }
            String type = path.group(1).equalsIgnoreCase("u") ? "account" : path.group(1);
            return Optional.of(typed(type, path.group(2)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static CanonicalRef typed(String type, String id) {
        String t = type.toLowerCase(Locale.ROOT);
        return new CanonicalRef(t + ":" + id, t.equals("account") ? CaseKind.ACCOUNT : CaseKind.CONTENT);
    }
}
