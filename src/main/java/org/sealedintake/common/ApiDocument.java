package org.sealedintake.common;

/**
 * Names of the shared parts of the OpenAPI document (declared in this package's package-info): the
 * bearer scheme and the error answers operations refer to by name ({@code @APIResponse(responseCode = "404", ref =
 * ApiDocument.NOT_FOUND)}). Every error answer is {@code application/problem+json} with the one
 * {@link Problem} schema. {@link ApiDocumentFilter} adds the answers every operation can give.
 */
public final class ApiDocument {
    public static final String BEARER = "bearer";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String CONTENT_TOO_LARGE = "ContentTooLarge";
    public static final String URI_TOO_LONG = "UriTooLong";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String HEADERS_TOO_LARGE = "HeadersTooLarge";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String UNAVAILABLE = "Unavailable";
    /** Anchored: JSON Schema patterns match anywhere in the value unless anchored. */
    public static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private ApiDocument() {
    }
}
