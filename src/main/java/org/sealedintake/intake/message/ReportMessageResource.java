package org.sealedintake.intake.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.intake.CallerResolver;
import org.sealedintake.intake.message.view.ReporterMessageView;

/** {@code /v1/reports/{id}/messages}: moderators' questions and outcomes under the reporter's own report. */
@Path("/v1/reports/{id}/messages")
@Tag(name = "Reports")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class ReportMessageResource {
    private final ReportMessageService messages;
    private final CallerResolver callers;

    ReportMessageResource(ReportMessageService messages, CallerResolver callers) {
        this.messages = messages;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listMyReportMessages", summary = "Read messages under my report",
            description = "Moderators' questions, the outcome of the case and the caller's own replies, oldest first. "
                    + "A report that is not the caller's answers 404, as one that does not exist.")
    @APIResponse(responseCode = "200", description = "One page of messages.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public PageView<ReporterMessageView> list(@PathParam("id") @Parameter(description = "The report id.") UUID id,
            @Valid @BeanParam PageRequest page) {
        return messages.ofOwnReport(callers.current(), id, page.page(), page.size()).orElseThrow(ApiProblem::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyUnderMyReport", summary = "Answer moderators under my report",
            description = "Possible once a moderator has asked a question. Moderators read the reply with the caller's "
                    + "own identifiers replaced by [REPORTER]; the reviewed creator never reads it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PostMessageRequest.class),
            examples = @ExampleObject(name = "reply", value = """
                    {"text":"The insults started after my stream on Monday; the screenshots are attached to the report."}""")))
    @APIResponse(responseCode = "201", description = "The reply as stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReporterMessageView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    public Response reply(@PathParam("id") @Parameter(description = "The report id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid PostMessageRequest body) {
        ReporterMessageView view = messages.reply(callers.current(), id, body.text()).orElseThrow(ApiProblem::notFound);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
