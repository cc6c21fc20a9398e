package org.sealedintake.cases;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.cases.view.CaseDecisionView;
import org.sealedintake.cases.view.CaseNoteView;
import org.sealedintake.cases.view.ModeratorCaseSummary;
import org.sealedintake.cases.view.ModeratorCaseView;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.intake.Reports;

/**
 * Moderators work cases: the queue, a case with its redacted reports, claim, release, notes,
 * escalation and the decision (docs/cases.md). A case the caller may not see answers 404.
 */
@Path("/v1/cases")
@Tag(name = "Cases", description = "Moderators, senior moderators and child-safety moderators work cases from queue to decision.")
@RolesAllowed({ Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.CHILD_SAFETY })
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    private static final String SUMMARY_EXAMPLE = """
            {"id":"5b0c1e2a-7d3f-4a8e-9c21-6f4e8a2b1c30","targetRef":"post:8812","kind":"CONTENT","status":"IN_REVIEW","priorityLevel":3,"dueAt":"2026-11-28T08:00:00Z","overdue":false,"audience":"MODERATOR","assignee":"b1c2d3e4-0000-4000-8000-000000000001","claimExpiresAt":"2026-11-26T08:30:00Z"}""";

    private final CaseService service;
    private final CaseDecisions decisions;
    private final ModeratorResolver moderators;

    CaseResource(CaseService service, CaseDecisions decisions, ModeratorResolver moderators) {
        this.service = service;
        this.decisions = decisions;
        this.moderators = moderators;
    }

    @GET
    @Operation(operationId = "listCases", summary = "The case queue",
            description = "Open cases the caller may work: overdue first, then by priority level (a minor involved, then intimate "
                    + "images, doxxing and threats, then the rest), the earliest due first. Each listed case is an audited read. "
                    + "total counts at most 10000 cases.")
    @APIResponse(responseCode = "200", description = "One page of the queue.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public PageView<ModeratorCaseSummary> queue(@Valid @BeanParam PageRequest page) {
        return service.queue(moderators.current(), page.page(), page.size(), page.offset());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readCase", summary = "Read a case",
            description = "The target, the captured evidence, every report with its redacted text, blurred previews of the "
                    + "stripped images, notes and the target's decisions. Never who reported. Audited per case and per report.")
    @APIResponse(responseCode = "200", description = "The case.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModeratorCaseView.class),
                    examples = @ExampleObject(name = "case", value = """
                            {"id":"5b0c1e2a-7d3f-4a8e-9c21-6f4e8a2b1c30","targetRef":"post:8812","kind":"CONTENT","targetOwner":null,"status":"NEW","priorityLevel":3,"dueAt":"2026-11-28T08:00:00Z","overdue":false,"audience":"MODERATOR","assignee":null,"claimExpiresAt":null,"evidence":{"status":"CAPTURE_PENDING","capturedAt":null,"sha256":null,"mediaType":null,"sizeBytes":null},"reports":[{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","category":"HARASSMENT","involvesMinor":false,"receivedAt":"2026-11-26T08:00:00Z","status":"RECEIVED","text":"Insulting replies; he posted my number [PHONE]"}],"attachments":[],"notes":[],"decisions":[]}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public ModeratorCaseView read(@PathParam("id") @Parameter(description = "The case id.") UUID id) {
        return service.read(moderators.current(), id);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({ "image/png", "image/jpeg", MediaType.APPLICATION_JSON })
    @Operation(operationId = "readCaseAttachment", summary = "Read a stripped image",
            description = "The moderator copy of a report's image (re-encoded, no metadata), on explicit request; audited. "
                    + "Originals are never served to staff.")
    @APIResponse(responseCode = "200", description = "The stripped image.",
            headers = @Header(name = "Cache-Control", required = true, schema = @Schema(type = SchemaType.STRING, enumeration = "no-store")),
            content = { @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "png", value = "(the stripped PNG's bytes)")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "jpeg", value = "(the stripped JPEG's bytes)")) })
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public Response attachment(@PathParam("id") @Parameter(description = "The case id.") UUID id,
            @PathParam("attachmentId") @Parameter(description = "The attachment id.") UUID attachmentId) {
        Reports.StrippedCopy copy = service.attachment(moderators.current(), id, attachmentId);
        return Response.ok(copy.content(), copy.mediaType()).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/{id}/claim")
    @Operation(operationId = "claimCase", summary = "Claim a case",
            description = "Takes the case exclusively until the claim expires (renewable by the claimant). Of two concurrent "
                    + "claims exactly one wins; the other gets 409.")
    @APIResponse(responseCode = "200", description = "Claimed.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModeratorCaseSummary.class), examples = @ExampleObject(name = "claimed", value = SUMMARY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public ModeratorCaseSummary claim(@PathParam("id") @Parameter(description = "The case id.") UUID id) {
        return service.claim(moderators.current(), id);
    }

    @POST
    @Path("/{id}/release")
    @Operation(operationId = "releaseCase", summary = "Release a claim", description = "The claimant gives the case back to the queue.")
    @APIResponse(responseCode = "200", description = "Released.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModeratorCaseSummary.class), examples = @ExampleObject(name = "released", value = SUMMARY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public ModeratorCaseSummary release(@PathParam("id") @Parameter(description = "The case id.") UUID id) {
        return service.release(moderators.current(), id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseNote", summary = "Add a note", description = "A note other moderators of the case read; stored encrypted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoteRequest.class),
            examples = @ExampleObject(name = "note", value = "{\"text\":\"Same wording as the case last week.\"}")))
    @APIResponse(responseCode = "201", description = "The note.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseNoteView.class), examples = @ExampleObject(name = "note", value = """
                    {"id":"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","author":"b1c2d3e4-0000-4000-8000-000000000001","createdAt":"2026-11-26T08:05:00Z","text":"Same wording as the case last week."}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public Response addNote(@PathParam("id") @Parameter(description = "The case id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid NoteRequest body) {
        return Response.status(Response.Status.CREATED).entity(service.addNote(moderators.current(), id, body)).build();
    }

    @POST
    @Path("/{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "escalateCase", summary = "Escalate a case",
            description = "Hands the case to senior moderators or to child safety; any claim ends. A child-safety case stays there.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EscalateRequest.class),
            examples = @ExampleObject(name = "senior", value = "{\"to\":\"SENIOR_MODERATOR\",\"note\":\"Public figure; needs a second look.\"}")))
    @APIResponse(responseCode = "200", description = "Escalated.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModeratorCaseSummary.class), examples = @ExampleObject(name = "escalated", value = SUMMARY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public ModeratorCaseSummary escalate(@PathParam("id") @Parameter(description = "The case id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid EscalateRequest body) {
        return service.escalate(moderators.current(), id, body);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideCase", summary = "Decide a case",
            description = "The claimant decides. Needs the target's owner named by the platform (409 target-owner-unknown while "
                    + "capture is pending). Writes the enforcement message, resolves every open report; reporters see the outcome.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "remove", value = """
                    {"action":"REMOVE_CONTENT","ground":"INCOMPATIBLE_CONTENT","legalGround":"Community guidelines 4.2 (harassment)",
                     "facts":"The post insults the person named in it in every reply.","explanation":"Targeted insults are not allowed.",
                     "statementCategory":"STATEMENT_CATEGORY_CYBER_VIOLENCE","durationDays":null,"territorialScope":["DE","FR"],
                     "automatedDetection":false,"automation":"NOT_AUTOMATED","blockReRegistration":false}""")))
    @APIResponse(responseCode = "201", description = "Decided.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseDecisionView.class), examples = @ExampleObject(name = "decision", value = """
                    {"id":"0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b","caseId":"5b0c1e2a-7d3f-4a8e-9c21-6f4e8a2b1c30","targetRef":"post:8812","targetOwner":"pa-200001","action":"REMOVE_CONTENT","ground":"INCOMPATIBLE_CONTENT","legalGround":"Community guidelines 4.2 (harassment)","facts":"The post insults the person named in it in every reply.","explanation":"Targeted insults are not allowed.","statementCategory":"STATEMENT_CATEGORY_CYBER_VIOLENCE","durationDays":null,"territorialScope":["DE","FR"],"automatedDetection":false,"automation":"NOT_AUTOMATED","blockReRegistration":false,"decidedBy":"b1c2d3e4-0000-4000-8000-000000000001","decidedAt":"2026-11-26T08:20:00Z"}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public Response decide(@PathParam("id") @Parameter(description = "The case id.") UUID id,
            @NotNull(message = "a JSON body is required") @Valid DecisionRequest body) {
        CaseDecisions.DecisionRecord d = decisions.decide(moderators.current(), id, body);
        return Response.status(Response.Status.CREATED).entity(view(d)).build();
    }

    private static CaseDecisionView view(CaseDecisions.DecisionRecord d) {
        return new CaseDecisionView(d.id(), d.caseId(), d.canonicalRef(), d.targetOwner(), d.action().name(),
                d.ground() == null ? null : d.ground().name(), d.legalGround(), d.facts(), d.explanation(),
                d.statementCategory(), d.durationDays(), d.territorialScope(), d.automatedDetection(), d.automation().name(),
                d.blockReRegistration(), d.decidedBy(), d.decidedAt());
    }
}
