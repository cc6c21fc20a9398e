package org.sealedintake.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to one RFC 9457 shape. Texts are ours: no exception class, exception message,
 * request body or value the client sent ever reaches the answer (STYLE rule 8).
 */
public class ProblemExceptionMappers {

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e) {
        Problem p = Problem.of(e.status(), e.type(), e.title(), e.detail());
        for (Map.Entry<String, Object> x : e.extensions().entrySet()) {
            p = p.with(x.getKey(), x.getValue());
        }
        Response.ResponseBuilder answer = Response.fromResponse(p.toResponse());
        e.headers().forEach(answer::header);
        if (e.status() == 401 && !e.headers().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> fieldOf(v)))
                .map(v -> Map.of("field", fieldOf(v), "message", v.getMessage()))
                .toList();
        return Problem.of(400, "invalid-request", "Invalid request",
                "The request does not meet the contract; see errors.")
                .with("errors", errors).toResponse();
    }

    /**
     * Quarkus REST rethrows binding errors as {@link MismatchedInputException} (unknown property,
     * wrong type, unknown enum value), for which quarkus-rest-jackson registers its own mapper that
     * answers plain JSON; this one, for the same class, takes precedence.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonProblem(e);
    }

    @ServerExceptionMapper
    public Response jsonProblem(JsonProcessingException e) {
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String field = pathOf(ife);
            List<String> allowed = Arrays.stream(ife.getTargetType().getEnumConstants())
                    .map(Object::toString).toList();
            return Problem.of(400, "invalid-value", "Invalid value",
                    "'" + field + "' must be one of " + String.join(", ", allowed) + ".")
                    .with("field", field).with("allowed", allowed).toResponse();
        }
        if (e instanceof UnrecognizedPropertyException upe) {
            return Problem.of(400, "unknown-property", "Unknown property",
                    "The body has a property the contract does not define; allowed properties: "
                            + upe.getKnownPropertyIds().stream().map(Object::toString).sorted()
                                    .collect(Collectors.joining(", ")) + ".")
                    .toResponse();
        }
        if (e instanceof MismatchedInputException mie) {
            String field = pathOf(mie);
            return Problem.of(400, "invalid-value", "Invalid value",
                    field.isEmpty() ? "The body does not have the expected structure."
                            : "'" + field + "' has the wrong type.")
                    .toResponse();
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", "The body is not well-formed JSON.").toResponse();
    }

    /**
     * A body whose first bytes make Jackson guess another encoding (UTF-32) that then fails to decode:
     * an IOException, not a Jackson parse exception (found by fuzzing).
     */
    @ServerExceptionMapper
    public Response undecodableBody(java.io.CharConversionException e) {
        return Problem.of(400, "malformed-json", "Malformed JSON", "The body is not well-formed JSON.").toResponse();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token for this service is required.").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this.").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps parse errors of the body (malformed JSON) in a 400 WebApplicationException.
            return jsonProblem(json);
        }
        if (status == 400 && e.getCause() instanceof java.io.CharConversionException undecodable) {
            return undecodableBody(undecodable);
        }
        if (status >= 500) {
            return internal(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        String slug = title.toLowerCase().replace(' ', '-');
        Response.ResponseBuilder builder = Response.fromResponse(
                Problem.of(status, slug, title, title + ".").toResponse());
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response internal(Throwable e) {
        if (hasSqlState(e, "22021")) {
            // Backstop: PostgreSQL refused a character (U+0000) that a field's own rule should have refused.
            Log.warnf("Database refused a character in a submitted value: %s", describe(e));
            return Problem.of(400, "invalid-characters", "Invalid characters",
                    "A value holds a character this service does not accept.").toResponse();
        }
        if (databaseUnreachable(e)) {
            // The database is down or restarting (a crash, a failover): a retry later may well work,
            // and an idempotent request repeated with its key cannot be filed twice.
            Log.warnf("Database unavailable: %s", describe(e));
            return Response.fromResponse(Problem.of(503, "database-unavailable", "Service unavailable",
                    "The service cannot reach its database just now; retry later, with the same Idempotency-Key"
                            + " where the request has one.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        // The class name only: messages of database or parser errors can carry submitted values.
        String errorId = UUID.randomUUID().toString();
        Log.errorf("Unhandled failure (error id %s): %s", errorId, describe(e));
        return Problem.of(500, "internal-error", "Internal error",
                "The request could not be completed; nothing was changed by it.")
                .with("errorId", errorId).toResponse();
    }

    /**
     * Connection failures (SQLSTATE class 08) and a server shutting down, crashed or starting
     * (57P01-57P03), anywhere in the cause chain.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Classes and locations of the cause chain, without messages (they can hold submitted values). */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 2000; t = t.getCause()) {
            StackTraceElement top = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
            out.append(t.getClass().getName()).append(top == null ? "" : " at " + top).append("; ");
        }
        return out.toString();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "submit.request.description" -> "description"; parameters keep their own name.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
