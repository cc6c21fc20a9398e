package org.sealedintake.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.sealedintake.common.Roles;
import org.sealedintake.intake.CallerResolver;
import org.sealedintake.notices.view.ReporterAppealView;

/** {@code POST /v1/reports/{id}/appeal}: a reporter appeals "no action" on their own report. */
@Path("/v1/reports/{id}/appeal")
@Tag(name = "Reports")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class ReporterAppealResource {
    private final AppealService appeals;
    private final CallerResolver callers;

    ReporterAppealResource(AppealService appeals, CallerResolver callers) {
        this.appeals = appeals;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appealMyReportOutcome", summary = "Appeal \"no action\" on my report",
            description = "Once per decision. Moderators read the grounds with the caller's own identifiers replaced; the "
                    + "outcome arrives under the report's messages. A report that is not the caller's answers 404.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoticeTextRequest.class), examples = @ExampleObject(name = "grounds", value = """
                    {"text":"The post still shows my home address in the second picture."}""")))
    @APIResponse(responseCode = "201", description = "The appeal was filed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReporterAppealView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocument.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    public Response appeal(@PathParam("id") @Parameter(description = "The report id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid NoticeTextRequest body) {
        ReporterAppealView view = appeals.appealByReporter(callers.current(), id, body.text()).orElseThrow(ApiProblem::notFound);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
