package org.sealedintake.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.intake.view.ReporterReportSummary;
import org.sealedintake.intake.view.ReporterReportView;

/** The reporter's side of intake: file a report, list and read their own. */
@Path("/v1/reports")
@Tag(name = "Reports", description = "A reporter files reports and reads their own.")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    private final IntakeService intake;
    private final ReporterReadService reads;
    private final CallerResolver callers;

    ReportResource(IntakeService intake, ReporterReadService reads, CallerResolver callers) {
        this.intake = intake;
        this.reads = reads;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileReport", summary = "File a report",
            description = "Files a report about content or an account. The reporter's identity is sealed; the 201 receipt "
                    + "is the acknowledgement. A retry with the same Idempotency-Key and body replays the first answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitReportRequest.class),
            examples = @ExampleObject(name = "harassment", value = """
                    {"category":"HARASSMENT","targetContentRef":"post:8812","targetAccount":"creator",
                     "description":"Insulting replies under every post","involvesMinor":false,"victim":{"type":"SELF"}}""")))
    @APIResponse(responseCode = "201", description = "Filed (or replayed): the receipt.",
            headers = {
                    @Header(name = "Location", description = "The new report.", required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = "Idempotent-Replayed", description = "true when this answer replays an earlier one.",
                            required = true, schema = @Schema(type = SchemaType.STRING, enumeration = { "true", "false" })) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeReceipt.class)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocument.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public Response submit(
            @HeaderParam("Idempotency-Key")
            @Parameter(required = true, description = "Chosen by the client per report; a retry sends the same key. "
                    + "1 to 255 visible ASCII characters; kept 24 hours.", example = "3b1f0c8e-6a43-4f5e-9a57-0c2a4d1f9e10",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IntakeLimits.MAX_IDEMPOTENCY_KEY_CHARS,
                            pattern = "^[\\x21-\\x7E]+$"))
            String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid SubmitReportRequest request) {
        String key = requireKey(idempotencyKey);
        IntakeService.Submission s = intake.submit(callers.current(), key, request);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/v1/reports/" + s.receipt().reportId())
                .header("Idempotent-Replayed", String.valueOf(s.replayed()))
                .entity(s.receipt()).build();
    }

    @GET
    @Path("/mine")
    @Operation(operationId = "listMyReports", summary = "List my reports", description = "The caller's own reports, newest first.")
    @APIResponse(responseCode = "200", description = "One page of the caller's reports.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    public PageView<ReporterReportSummary> mine(@Valid @BeanParam PageRequest page) {
        return reads.mine(callers.current(), page.page(), page.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readMyReport", summary = "Read one of my reports", description = "The report as filed, with its deadlines. "
            + "A report that is not the caller's answers 404, as one that does not exist.")
    @APIResponse(responseCode = "200", description = "The report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReporterReportView.class),
                    examples = @ExampleObject(name = "report", value = """
                            {"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","status":"RECEIVED","category":"HARASSMENT","targetContentRef":"post:8812","targetAccount":"creator","description":"Insulting replies under every post","involvesMinor":false,"victim":{"type":"SELF","account":null},"attachments":[],"receivedAt":"2026-11-26T08:00:00Z","acknowledgedAt":"2026-11-26T08:00:00Z","acknowledgeBy":"2026-12-03T08:00:00Z","feedbackBy":"2027-02-26T08:00:00Z","outcomeAction":null,"outcomeDecidedOn":null}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public ReporterReportView get(@PathParam("id") @Parameter(description = "The report id.") UUID id) {
        return reads.own(callers.current(), id).orElseThrow(ApiProblem::notFound);
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ApiProblem(400, "idempotency-key-missing", "Idempotency-Key required",
                    "POST /v1/reports needs an Idempotency-Key header so a retry cannot file the report twice.");
        }
        if (key.length() > IntakeLimits.MAX_IDEMPOTENCY_KEY_CHARS || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ApiProblem(400, "idempotency-key-invalid", "Invalid Idempotency-Key",
                    "The Idempotency-Key must be 1 to 255 visible ASCII characters.");
        }
        return key;
    }
}
