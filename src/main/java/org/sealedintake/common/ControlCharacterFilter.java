package org.sealedintake.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose path or query, once percent-decoded, holds a control character (U+0000
 * included), or whose query cannot be decoded, with 400 problem+json before any resource sees it.
 * Body fields carry their own {@code @Pattern} rules ({@link TextRules}).
 */
@Provider
@PreMatching
public class ControlCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        boolean refused;
        try {
            refused = refused(request.getUriInfo());
        } catch (IllegalArgumentException e) {
            refused = true; // malformed percent-encoding
        }
        if (refused) {
            request.abortWith(Problem.of(400, "invalid-characters", "Invalid characters",
                    "The path or a query parameter holds a control character or is not well encoded.")
                    .toResponse());
        }
    }

    private static boolean refused(UriInfo uri) {
        if (TextRules.hasControlCharacter(uri.getPath(true))) {
            return true;
        }
        for (Map.Entry<String, List<String>> p : uri.getQueryParameters(true).entrySet()) {
            if (TextRules.hasControlCharacter(p.getKey())) {
                return true;
            }
            for (String v : p.getValue()) {
                if (TextRules.hasControlCharacter(v)) {
                    return true;
                }
            }
        }
        return false;
    }
}
