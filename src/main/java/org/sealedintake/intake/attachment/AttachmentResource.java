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
import org.sealedintake.common.Roles;
import org.sealedintake.intake.CallerResolver;

/**
 * Image uploads for reports. The multipart body is taken as a raw stream on purpose: Quarkus' form
 * handling would write the file part to a temporary file, and uploads never rest unencrypted on disk.
 */
@Path("/v1/attachments")
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
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        AttachmentReceipt receipt = attachments.upload(callers.current(), contentType, body);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }
}
