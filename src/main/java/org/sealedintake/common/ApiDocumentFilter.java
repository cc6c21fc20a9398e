package org.sealedintake.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds to every operation the answers any request can get, whatever the resource: 414 and 431 from
 * {@link RequestHeadLimitRoute}, 404 from the executor deployment mode, 500 from {@link ProblemExceptionMappers}, 503 from
 * {@link AdmissionRoute} (every {@code /v1} path), and for a secured operation 401 and 403. An operation without a security requirement is public and says so
 * ({@code security: []}); the operation-specific answers are annotated on the resource methods.
 */
public class ApiDocumentFilter implements OASFilter {

    /** UUIDs inside collections get the generator's unanchored pattern; JSON Schema patterns match anywhere unless anchored. */
    @Override
    public Schema filterSchema(Schema schema) {
        if ("uuid".equals(schema.getFormat()) && schema.getPattern() != null && !schema.getPattern().startsWith("^")) {
            schema.setPattern(ApiDocument.UUID_PATTERN);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            boolean admitted = path.getKey().startsWith("/v1/");
            for (Operation op : path.getValue().getOperations().values()) {
                complete(op, admitted);
            }
        }
    }

    private static void complete(Operation op, boolean admitted) {
        APIResponses responses = op.getResponses();
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (secured) {
            rolesToExtension(op);
            put(responses, "401", ApiDocument.UNAUTHORIZED);
            put(responses, "403", ApiDocument.FORBIDDEN);
        } else {
            op.setSecurity(new ArrayList<>(List.of()));
        }
        if (responses.getAPIResponse("404") == null) {
            // In deployment mode executor every operation but execute answers 404 (unseal/ExecutorModeFilter).
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref(ApiDocument.NOT_FOUND));
        }
        put(responses, "414", ApiDocument.URI_TOO_LONG);
        put(responses, "431", ApiDocument.HEADERS_TOO_LARGE);
        put(responses, "500", ApiDocument.INTERNAL_ERROR);
        if (admitted && responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse().ref(ApiDocument.UNAVAILABLE));
        }
    }

    /**
     * OAS 3.0 allows scopes only for OAuth2 schemes: the roles Quarkus lists under the bearer requirement
     * move to {@code x-roles}, and the requirement keeps an empty scope list.
     */
    private static void rolesToExtension(Operation op) {
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : op.getSecurity()) {
            List<String> scopes = requirement.getScheme(ApiDocument.BEARER);
            if (scopes != null) {
                roles.addAll(scopes);
                requirement.addScheme(ApiDocument.BEARER, new ArrayList<>());
            }
        }
        if (!roles.isEmpty()) {
            op.addExtension("x-roles", roles);
            String description = op.getDescription() == null ? "" : op.getDescription() + " ";
            op.setDescription(description + "Roles: " + String.join(", ", roles) + ".");
        }
    }

    private static void put(APIResponses responses, String status, String name) {
        // The generator's own bare 401/403 ("Not Authorized") are replaced by the problem+json ones.
        responses.removeAPIResponse(status);
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
    }
}
