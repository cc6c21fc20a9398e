package org.sealedintake.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details: the one error shape of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://sealed-intake.example/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, Map.of());
    }

    public Problem with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(extensions);
        copy.put(key, value);
        return new Problem(type, title, status, detail, copy);
    }

    @Override
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
