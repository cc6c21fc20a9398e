package org.sealedintake.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Checks every {@code /v1} exchange a test makes against the service's own OpenAPI document (served
 * on the management port): the answer always, the request whenever the service accepted it (a
 * request the tests send on purpose to be refused is expected not to conform). An answer the
 * document does not describe fails the test that received it.
 * Installed for every {@code @QuarkusTest} by {@link ContractValidationCallback}.
 */
public final class ContractFilter implements OrderedFilter {
    private static final Map<Integer, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    /** Exchanges checked in this run (a test asserts the filter is really at work). */
    public static final AtomicLong CHECKED = new AtomicLong();

    private final int managementPort;

    public ContractFilter(int managementPort) {
        this.managementPort = managementPort;
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE; // closest to the wire: sees the request as sent
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (path == null || !path.startsWith("/v1/") && !path.equals("/v1")) {
            return response;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(managementPort, ContractFilter::load);
        Request sent = RestAssuredRequest.of(request);
        ValidationReport report = validator.validateResponse(sent.getPath(), sent.getMethod(),
                RestAssuredResponse.of(response));
        int status = response.statusCode();
        if (status < 300) {
            report = report.merge(withoutPreemptiveAuthGap(validator.validateRequest(sent), request));
        }
        CHECKED.incrementAndGet();
        if (unknownPathRefused(report, status, response)) {
            return response;
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange does not match the OpenAPI document: " + request.getMethod() + " "
                    + path + " -> " + status + "\n" + report.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n")));
        }
        return response;
    }

    /**
     * Two gaps of the RestAssured adapter: {@code auth().oauth2(token)} adds the Authorization header after
     * the filters, so the validator cannot see it (the token is there all the same); multipart parts are not
     * passed on; and a POST without a body still carries a form content type.
     */
    private static ValidationReport withoutPreemptiveAuthGap(ValidationReport report, FilterableRequestSpecification request) {
        boolean bearer = request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme;
        boolean multipart = !request.getMultiPartParams().isEmpty();
        boolean noBody = request.getBody() == null && !multipart;
        return ValidationReport.from(report.getMessages().stream()
                .filter(m -> !(bearer && m.getKey().equals("validation.request.security.missing")))
                // RestAssured names a form content type on a POST without a body; there is no content to type.
                .filter(m -> !(noBody && m.getKey().equals("validation.request.contentType.notAllowed")))
                // The adapter does not pass multipart parts on; the upload tests check the parts themselves.
                .filter(m -> !(multipart && m.getKey().equals("validation.request.body.missing")))
                .toList());
    }

    /** A path or method the document does not have is answered 404/405 problem+json: that is all the contract says. */
    private static boolean unknownPathRefused(ValidationReport report, int status, Response response) {
        boolean unknown = report.getMessages().stream().anyMatch(m -> m.getKey().endsWith(".path.missing")
                || m.getKey().endsWith(".operation.notAllowed"));
        return unknown && (status == 404 || status == 405)
                && String.valueOf(response.contentType()).startsWith("application/problem+json");
    }

    /** The document as the running service serves it. */
    public static String document(int managementPort) {
        try {
            // HTTP/1.1: the JDK client's default h2c upgrade once met a reply it parsed as HTTP/2 frames
            // ("Frame type(116) ... exceeds MAX_FRAME_SIZE"), failing a CI run that changed nothing here.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("OpenAPI document answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("OpenAPI document unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static OpenApiInteractionValidator load(int managementPort) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document(managementPort)).build();
    }
}
