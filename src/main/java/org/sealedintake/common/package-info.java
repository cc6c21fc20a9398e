/**
 * Shared kernel: problem+json mapping, paging, request hygiene, and the parts of the OpenAPI document
 * that belong to no single resource (server, bearer scheme, the named error answers; names in
 * {@link org.sealedintake.common.ApiDocument}). SmallRye reads {@code @OpenAPIDefinition} only from a
 * JAX-RS Application class or a package-info.
 */
@OpenAPIDefinition(
        info = @Info(title = "Sealed Intake API", version = "v1",
                description = "Reporting of online abuse with the reporter's identity sealed. Every error is an RFC 9457 "
                        + "application/problem+json answer; every /v1 answer carries Cache-Control: no-store."),
        servers = @Server(url = "http://127.0.0.1:8080", description = "Local development (README: start the stack)"),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = ApiDocument.BEARER, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "Keycloak access token with audience sealed-intake-api; roles in realm_access."),
                responses = {
                @APIResponse(name = ApiDocument.BAD_REQUEST, responseCode = "400",
                        description = "The request does not meet the contract (fields, parameters, headers, characters).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.UNAUTHORIZED, responseCode = "401",
                        description = "No valid bearer token, or (type step-up-required) a recent second-factor sign-in is needed.",
                        headers = @Header(name = "WWW-Authenticate", description = "Bearer challenge.",
                                schema = @Schema(type = SchemaType.STRING)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.FORBIDDEN, responseCode = "403",
                        description = "The caller's role does not allow this operation.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.NOT_FOUND, responseCode = "404",
                        description = "No such resource, or not the caller's (the answer does not tell which).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.CONFLICT, responseCode = "409",
                        description = "The resource is not in a state that allows this, or a request with the same key is in flight.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.CONTENT_TOO_LARGE, responseCode = "413",
                        description = "The body (or the image in it) is larger than allowed.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.URI_TOO_LONG, responseCode = "414",
                        description = "The request line is longer than 8 KiB.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                        description = "The body's media type is not the one this operation takes.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.UNPROCESSABLE, responseCode = "422",
                        description = "Well-formed but refused: the Idempotency-Key was used with another body, or an image whose pixels do not decode.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.TOO_MANY_REQUESTS, responseCode = "429",
                        description = "A quota is used up; retry after the given number of seconds.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                                schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.HEADERS_TOO_LARGE, responseCode = "431",
                        description = "The request headers are larger than 16 KiB.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.INTERNAL_ERROR, responseCode = "500",
                        description = "An unexpected failure; nothing was changed. The errorId is in the service log.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))),
                @APIResponse(name = ApiDocument.UNAVAILABLE, responseCode = "503",
                        description = "The service is at capacity (type overloaded; nothing was done) or a dependency (database, key service, "
                                + "audit log) is unavailable; retry after the given number of seconds.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                                schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.Document.class))) }))
package org.sealedintake.common;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

