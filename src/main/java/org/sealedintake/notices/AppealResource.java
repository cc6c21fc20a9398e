package org.sealedintake.notices;

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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.notices.view.AppealView;

/** Senior moderators' appeals desk: open appeals of decisions someone else made. */
@Path("/v1/appeals")
@Tag(name = "Appeals", description = "Appeals of decisions (DSA Art. 20), decided by another senior moderator.")
@RolesAllowed(Roles.SENIOR_MODERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {
    private final AppealService appeals;
    private final JsonWebToken token;

    AppealResource(AppealService appeals, JsonWebToken token) {
        this.appeals = appeals;
        this.token = token;
    }

    @GET
    @Operation(operationId = "listOpenAppeals", summary = "List open appeals",
            description = "Open appeals of decisions the caller did not make, oldest first. Each read is audited.")
    @APIResponse(responseCode = "200", description = "One page of appeals.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    public PageView<AppealView> list(@Valid @BeanParam PageRequest page) {
        return appeals.openFor(token.getSubject(), page.page(), page.size());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideAppeal", summary = "Decide an appeal",
            description = "Upholds or reverses the decision. The explanation reaches the creator and so passes the leak guard; "
                    + "a text with personal data answers 422 and nothing is stored. Reporters read the outcome under their reports.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecideAppealRequest.class), examples = @ExampleObject(name = "upheld", value = """
                    {"outcome":"UPHELD","explanation":"The post shows a private home address; rule 4.2 applies as decided."}""")))
    @APIResponse(responseCode = "200", description = "The decided appeal.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public AppealView decide(@PathParam("id") @Parameter(description = "The appeal id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid DecideAppealRequest body) {
        return appeals.decide(token.getSubject(), id, body.outcome(), body.explanation());
    }
}
