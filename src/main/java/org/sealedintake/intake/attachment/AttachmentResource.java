package org.sealedintake.intake.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.Roles;
import org.sealedintake.intake.CallerResolver;

/**
 * Image uploads for reports. The multipart body is taken as a raw stream on purpose: Quarkus' form
 * handling would write the file part to a temporary file, and uploads never rest unencrypted on disk.
 */
@Path("/v1/attachments")
@Tag(name = "Reports")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {
    private final AttachmentService attachments;
    private final CallerResolver callers;

    AttachmentResource(AttachmentService attachments, CallerResolver callers) {
        this.attachments = attachments;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadAttachment", summary = "Upload an image for a report",
            description = "One JPEG, PNG or WebP image of at most 10 MiB and 40 megapixels, in a form part named file. "
                    + "It is stored encrypted and expires unless a report uses it within 24 hours.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = @SchemaProperty(
                    name = "file", type = SchemaType.STRING, format = "binary", description = "The image."))))
    @APIResponse(responseCode = "201", description = "Stored: what the image was judged to be, and until when it can be used.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentReceipt.class),
                    examples = @ExampleObject(name = "png", value = """
                            {"attachmentId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","mediaType":"image/png","sizeBytes":48213,
                             "width":800,"height":600,"expiresAt":"2026-11-27T08:00:00Z"}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocument.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @Parameter(hidden = true) InputStream body) {
        AttachmentReceipt receipt = attachments.upload(callers.current(), contentType, body);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }
}
