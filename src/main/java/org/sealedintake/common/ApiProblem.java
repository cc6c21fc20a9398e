package org.sealedintake.common;

import java.util.Map;

/**
 * A refusal the client should understand. Its texts are written by us, never copied from the
 * request: nothing the reporter typed is echoed back (STYLE rule 8).
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final transient Map<String, Object> extensions;
    private final transient Map<String, String> headers;

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public ApiProblem(int status, String type, String title, String detail, Map<String, Object> extensions) {
        this(status, type, title, detail, extensions, Map.of());
    }

    private ApiProblem(int status, String type, String title, String detail, Map<String, Object> extensions,
            Map<String, String> headers) {
        super(type, null, false, false);
        this.headers = headers;
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.extensions = extensions;
    }

    /** The same problem, answered with one more HTTP header (e.g. a step-up {@code WWW-Authenticate}). */
    public ApiProblem withHeader(String name, String value) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiProblem(status, type, title, detail, extensions, Map.copyOf(h));
    }

    public static ApiProblem notFound() {
        return new ApiProblem(404, "not-found", "Not found", "No such resource.");
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
