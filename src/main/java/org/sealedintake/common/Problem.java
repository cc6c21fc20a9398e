package org.sealedintake.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /**
     * The OpenAPI schema of every error answer: the RFC 9457 members and the extensions this service
     * sends (each only with the problem types that use it). Documentation only; answers are built
     * from {@link Problem}.
     */
    @Schema(name = "Problem", description = "RFC 9457 problem details; the one error shape of the API.")
    public record Document(
            @Schema(required = true, format = "uri", description = "Identifies the kind of problem.",
                    example = TYPE_BASE + "invalid-request") String type,
            @Schema(required = true, description = "Short summary of the kind of problem.", example = "Invalid request") String title,
            @Schema(required = true, minimum = "400", maximum = "599", description = "The HTTP status.", example = "400") int status,
            @Schema(description = "What went wrong with this request; never repeats submitted values.") String detail,
            @Schema(format = "uri-reference", description = "This occurrence (reserved; not sent today).") String instance,
            @Schema(description = "invalid-request: one entry per refused field or parameter.") List<FieldError> errors,
            @Schema(description = "invalid-value: the property at fault.") String field,
            @Schema(description = "invalid-value: the values allowed there.") List<String> allowed,
            @Schema(description = "internal-error: the id under which the failure is logged.") String errorId,
            @Schema(description = "step-up-required: why a new sign-in is needed.") String reason,
            @Schema(description = "step-up-required: the accepted authentication context classes.") List<String> acrValues,
            @Schema(description = "step-up-required: the longest accepted age of the sign-in, in seconds.") Long maxAge) {
    }

    /** One refused field of an {@code invalid-request} problem. */
    @Schema(name = "ProblemFieldError")
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {
    }
}
