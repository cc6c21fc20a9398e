package org.sealedintake.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.sealedintake.cases.view.CaseConversationView;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.Roles;
import org.sealedintake.intake.message.PostMessageRequest;

/** A case's conversations: questions to its reporters, verification requests to its creator. */
@Path("/v1/cases/{id}")
@Tag(name = "Cases")
@RolesAllowed({ Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.CHILD_SAFETY })
@Produces(MediaType.APPLICATION_JSON)
public class CaseConversationResource {
    private static final String CONVERSATION = """
            {"caseId":"4b7a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d","reporterMessages":[],"verificationRequests":[{"noticeId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","question":"Please tell us where the photo in this post was taken.","releaseAt":"2026-11-26T18:00:00Z"}],"guardSelfTestsPassed":true,"refusedCreatorTexts":0}""";

    private final CaseConversations conversations;
    private final ModeratorResolver moderators;

    CaseConversationResource(CaseConversations conversations, ModeratorResolver moderators) {
        this.conversations = conversations;
        this.moderators = moderators;
    }

    @GET
    @Path("/conversation")
    @Operation(operationId = "readCaseConversation", summary = "Read a case's conversations",
            description = "Questions to the reporters and their replies (never who replied), verification requests to the "
                    + "creator and their answers, the guard's self-test and refusals on this case. Audited.")
    @APIResponse(responseCode = "200", description = "The conversations.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseConversationView.class), examples = @ExampleObject(name = "conversation", value = CONVERSATION)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public CaseConversationView read(@PathParam("id") @Parameter(description = "The case id.") UUID id) {
        return conversations.read(moderators.current(), id);
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "askCaseReporters", summary = "Ask the case's reporters",
            description = "One question under each report of the case; reporters read and answer it under their own report. "
                    + "A text with personal data (the creator's identifiers are not the reporters' to learn) answers 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PostMessageRequest.class),
            examples = @ExampleObject(name = "question", value = "{\"text\":\"When did the messages start?\"}")))
    @APIResponse(responseCode = "201", description = "The conversations with the question.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseConversationView.class),
            examples = @ExampleObject(name = "conversation", value = CONVERSATION)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response askReporters(@PathParam("id") @Parameter(description = "The case id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid PostMessageRequest body) {
        return Response.status(Response.Status.CREATED).entity(conversations.askReporters(moderators.current(), id, body.text()))
                .build();
    }

    @POST
    @Path("/verification-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "askCaseCreator", summary = "Ask the creator for their side",
            description = "Only the claimant, once the platform named the owner. The text leaves through the leak guard: one "
                    + "that carries personal data of anyone answers 422 with the same problem whoever it names, and refusals are "
                    + "audited and limited (429). The notice is released after a decorrelating delay, in the creator's batch.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PostMessageRequest.class),
            examples = @ExampleObject(name = "question", value = "{\"text\":\"Please tell us where the photo in this post was taken.\"}")))
    @APIResponse(responseCode = "201", description = "The conversations with the request.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseConversationView.class),
            examples = @ExampleObject(name = "conversation", value = CONVERSATION)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocument.TOO_MANY_REQUESTS)
    public Response askCreator(@PathParam("id") @Parameter(description = "The case id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid PostMessageRequest body) {
        return Response.status(Response.Status.CREATED).entity(conversations.askCreator(moderators.current(), id, body.text()))
                .build();
    }
}
