package org.sealedintake.unseal;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Problem;
import org.sealedintake.common.Roles;
import org.sealedintake.unseal.view.DisclosedIdentityView;
import org.sealedintake.unseal.view.UnsealRequestView;

/**
 * Unseal requests: auditors file and execute, approvers approve or reject (never their own).
 * docs/unseal.md describes the procedure.
 */
@Path("/v1/unseal-requests")
@Tag(name = "Unseal requests", description = "Auditors request and execute, approvers approve or reject (never their own).")
@Produces(MediaType.APPLICATION_JSON)
public class UnsealResource {
    private final UnsealService service;
    private final UnsealExecutor executor;
    private final StaffResolver staff;
    private final UnsealRefusals refusals;

    UnsealResource(UnsealService service, UnsealExecutor executor, StaffResolver staff, UnsealRefusals refusals) {
        this.service = service;
        this.executor = executor;
        this.staff = staff;
        this.refusals = refusals;
    }

    @POST
    @RolesAllowed(Roles.AUDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestUnseal", summary = "Request an unseal", description = "An auditor asks for a report's sealed identity on a legal basis. "
            + "The request waits for approval by approvers other than the requester.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateUnsealRequest.class),
            examples = @ExampleObject(name = "court order", value = """
                    {"reportId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","legalBasis":"COURT_ORDER","reference":"CO-2026-118",
                     "justification":"Court order 118/2026 requires the identity of the reporter of this report."}""")))
    @APIResponse(responseCode = "202", description = "Accepted: the request waits for approval.",
            headers = @Header(name = "Location", required = true, description = "The unseal request.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnsealRequestView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateUnsealRequest body) {
        UnsealRequestView view = service.create(staff.current(), body);
        return Response.accepted(view).header("Location", "/v1/unseal-requests/" + view.id()).build();
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    @Operation(operationId = "listUnsealRequests", summary = "List unseal requests", description = "An auditor sees their own requests; an approver those filed by others.")
    @APIResponse(responseCode = "200", description = "One page of unseal requests.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    public PageView<UnsealRequestView> list(@Valid @BeanParam PageRequest page) {
        return service.list(staff.current(), page.page(), page.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    @Operation(operationId = "readUnsealRequest", summary = "Read an unseal request", description = "One unseal request the caller may see; any other answers 404.")
    @APIResponse(responseCode = "200", description = "The unseal request.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnsealRequestView.class),
                    examples = @ExampleObject(name = "pending", value = """
                            {"id":"9b2e7c1a-0f4d-4e8b-9a51-3c6d2e8f7a10","reportId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","requestedBy":"b1c2d3e4-0000-4000-8000-000000000001","legalBasis":"COURT_ORDER","reference":"CO-2026-118","justification":"Court order 118/2026.","status":"PENDING","createdAt":"2026-11-26T08:00:00Z","requiredApprovals":1,"decisions":[]}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public UnsealRequestView get(@PathParam("id") UUID id) {
        return service.get(staff.current(), id).orElseThrow(ApiProblem::notFound);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveUnsealRequest", summary = "Approve an unseal request", description = "An approver other than the requester approves, "
            + "optionally deferring the reporter's notice of the disclosure. Needs a recent second-factor sign-in (401 step-up-required).")
    @RequestBody(required = false, description = "Optional; without a body no deferral is set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApproveUnsealRequest.class),
                    examples = @ExampleObject(name = "deferral", value = """
                            {"disclosureDeferral":{"reason":"Investigation ongoing","until":"2027-01-31T00:00:00Z"}}""")))
    @APIResponse(responseCode = "200", description = "The unseal request after the decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnsealRequestView.class),
                    examples = @ExampleObject(name = "approved", value = """
                            {"id":"9b2e7c1a-0f4d-4e8b-9a51-3c6d2e8f7a10","reportId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","requestedBy":"b1c2d3e4-0000-4000-8000-000000000001","legalBasis":"COURT_ORDER","reference":"CO-2026-118","justification":"Court order 118/2026.","status":"APPROVED","createdAt":"2026-11-26T08:00:00Z","requiredApprovals":1,"decisions":[]}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public UnsealRequestView approve(@PathParam("id") UUID id, @Valid ApproveUnsealRequest body) {
        return service.approve(staff.current(), id, body);
    }

    /** The body is optional: a POST without one approves without a disclosure deferral. */
    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    @Operation(hidden = true)
    public UnsealRequestView approveWithoutBody(@PathParam("id") UUID id) {
        return service.approve(staff.current(), id, null);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectUnsealRequest", summary = "Reject an unseal request", description = "An approver other than the requester rejects, with a reason the requester sees.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RejectUnsealRequest.class),
            examples = @ExampleObject(name = "reason", value = "{\"reason\":\"The order does not name this report.\"}")))
    @APIResponse(responseCode = "200", description = "The unseal request after the decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnsealRequestView.class),
                    examples = @ExampleObject(name = "rejected", value = """
                            {"id":"9b2e7c1a-0f4d-4e8b-9a51-3c6d2e8f7a10","reportId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","requestedBy":"b1c2d3e4-0000-4000-8000-000000000001","legalBasis":"COURT_ORDER","reference":"CO-2026-118","justification":"Court order 118/2026.","status":"REJECTED","createdAt":"2026-11-26T08:00:00Z","requiredApprovals":1,"decisions":[],"rejectionReason":"The order does not name this report."}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocument.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocument.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public UnsealRequestView reject(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body with a reason is required") @Valid RejectUnsealRequest body) {
        return service.reject(staff.current(), id, body);
    }

    /** The identity, once; never cached anywhere on its way. */
    @POST
    @Path("/{id}/execute")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "executeUnsealRequest", summary = "Execute an approved unseal request", description = "The requester receives the sealed identity, "
            + "once, before the approval expires. Needs a recent second-factor sign-in (401 step-up-required).")
    @APIResponse(responseCode = "200", description = "The reporter's identity; never cached.",
            headers = @Header(name = "Cache-Control", required = true, schema = @Schema(type = SchemaType.STRING, enumeration = "no-store")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosedIdentityView.class),
                    examples = @ExampleObject(name = "identity", value = """
                            {"subject":"0c9f5e2a-1111-4222-8333-444455556666","account":"example-reporter","contact":{}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public Response execute(@PathParam("id") UUID id) {
        DisclosedIdentityView identity = DisclosedIdentityView.of(executor.execute(staff.current(), id));
        return Response.ok(identity).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    /**
     * A role that may not use these endpoints is refused, and the attempt is recorded. Role checks
     * run on the event loop; the audit write goes to a worker thread.
     */
    @ServerExceptionMapper
    public Uni<Response> roleRefused(ForbiddenException e, UriInfo uri, SimpleResourceInfo method) {
        String actor = staff.refusalActor();
        String action = actionOf(method.getMethodName());
        String id = uri.getPathParameters().getFirst("id");
        String objectId = id == null || id.length() > 64 ? "-" : id;
        ApiProblem problem = new ApiProblem(403, "forbidden", "Forbidden", "Your role does not allow this.");
        return Uni.createFrom().item(() -> {
            refusals.refuse(actor, action, objectId, problem);
            return Problem.of(problem.status(), problem.type(), problem.title(), problem.detail()).toResponse();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String actionOf(String method) {
        return switch (method) {
            case "create" -> AuditActions.UNSEAL_REQUEST;
            case "approve", "approveWithoutBody" -> AuditActions.UNSEAL_APPROVE;
            case "reject" -> AuditActions.UNSEAL_REJECT;
            case "execute" -> AuditActions.UNSEAL_EXECUTE;
            default -> AuditActions.UNSEAL_READ;
        };
    }
}
