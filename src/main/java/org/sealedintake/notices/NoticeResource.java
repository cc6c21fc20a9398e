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
import org.sealedintake.notices.view.CreatorNoticeSummary;
import org.sealedintake.notices.view.CreatorNoticeView;

/**
 * The reviewed creator's notices: addressed to the platform account id in the caller's token; anyone
 * else's notice, and one not yet released, answers 404 like one that does not exist.
 */
@Path("/v1/notices")
@Tag(name = "Notices", description = "What a reviewed creator learns: decisions, questions, appeals.")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {
    private static final String TEXT_EXAMPLE = """
            {"text":"The video shows a public event; I blurred the faces of everyone in it."}""";

    private final NoticeService notices;
    private final AppealService appeals;
    private final CreatorResolver creators;

    NoticeResource(NoticeService notices, AppealService appeals, CreatorResolver creators) {
        this.notices = notices;
        this.appeals = appeals;
        this.creators = creators;
    }

    @GET
    @Operation(operationId = "listMyNotices", summary = "List my notices",
            description = "Notices about content or the account of the caller's platform account, newest first.")
    @APIResponse(responseCode = "200", description = "One page of notices.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocument.FORBIDDEN)
    public PageView<CreatorNoticeSummary> list(@Valid @BeanParam PageRequest page) {
        return notices.mine(creators.currentAccount(), page.page(), page.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readMyNotice", summary = "Read one of my notices",
            description = "The statement of reasons, question or appeal outcome, with how to appeal and by when.")
    @APIResponse(responseCode = "200", description = "The notice.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatorNoticeView.class),
                    examples = @ExampleObject(name = "decision", value = """
                            {"id":"5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f","kind":"DECISION","issuedAt":"2026-11-26T18:00:00Z","contentRef":"post:8812","restriction":"REMOVE_CONTENT","territorialScope":["DE","AT"],"facts":"The post shows a home address of a private person.","ground":"INCOMPATIBLE_CONTENT","legalGround":"Community guidelines 4.3 (private information)","explanation":"Publishing private contact details is not allowed.","automatedDetection":false,"automation":"NOT_AUTOMATED","appealBy":"2027-05-26T18:00:00Z","appealed":false,"redress":["Out-of-court dispute settlement (DSA Art. 21).","The competent court."]}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocument.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public CreatorNoticeView get(@PathParam("id") @Parameter(description = "The notice id.") UUID id) {
        return notices.own(creators.currentAccount(), id).orElseThrow(ApiProblem::notFound);
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "respondToNotice", summary = "Answer a verification request",
            description = "The creator's side, once per verification request; moderators read it before deciding.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoticeTextRequest.class), examples = @ExampleObject(name = "response", value = TEXT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The notice with the answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatorNoticeView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocument.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    public CreatorNoticeView respond(@PathParam("id") @Parameter(description = "The notice id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid NoticeTextRequest body) {
        return notices.respond(creators.currentAccount(), id, body.text()).orElseThrow(ApiProblem::notFound);
    }

    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appealNotice", summary = "Appeal a decision",
            description = "Once per decision, before its appeal deadline; a senior moderator who did not make the decision reviews it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoticeTextRequest.class), examples = @ExampleObject(name = "grounds", value = TEXT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The notice, now marked appealed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatorNoticeView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocument.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    public CreatorNoticeView appeal(@PathParam("id") @Parameter(description = "The notice id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid NoticeTextRequest body) {
        return appeals.appealByCreator(creators.currentAccount(), id, body.text()).orElseThrow(ApiProblem::notFound);
    }
}
