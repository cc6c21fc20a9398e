package org.sealedintake.common;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=0&size=20}: page 0 to {@value #MAX_PAGE}, size 1 to {@value #MAX_SIZE}. The values are
 * bound as text and checked here, so a value that is not a number (or too large for one) is a 400
 * problem, never the 404 the REST layer gives to query parameters it cannot convert, and page x size
 * cannot overflow.
 */
public class PageRequest {
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0.", example = "0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "10000", defaultValue = "0"))
    @Pattern(regexp = "^0*([0-9]{1,4}|10000)$", message = "page must be a whole number from 0 to 10000")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Items per page, 1 to 100.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    @Pattern(regexp = "^0*([1-9][0-9]?|100)$", message = "size must be a whole number from 1 to 100")
    String size;

    /** The requested page (valid once Bean Validation has passed). */
    public int page() {
        return Integer.parseInt(page);
    }

    /** The requested page size (valid once Bean Validation has passed). */
    public int size() {
        return Integer.parseInt(size);
    }

    /** The index of the page's first item; computed in {@code long}, it never overflows. */
    public long offset() {
        return (long) page() * size();
    }
}
