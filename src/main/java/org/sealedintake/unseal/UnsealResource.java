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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Problem;
import org.sealedintake.common.Roles;
import org.sealedintake.sealing.ReporterIdentity;
import org.sealedintake.unseal.view.UnsealRequestView;

/**
 * Unseal requests: auditors file and execute, approvers approve or reject (never their own).
 * docs/unseal.md describes the procedure.
 */
@Path("/v1/unseal-requests")
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
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateUnsealRequest body) {
        UnsealRequestView view = service.create(staff.current(), body);
        return Response.accepted(view).header("Location", "/v1/unseal-requests/" + view.id()).build();
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    public PageView<UnsealRequestView> list(@Valid @BeanParam PageRequest page) {
        return service.list(staff.current(), page.page, page.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    public UnsealRequestView get(@PathParam("id") UUID id) {
        return service.get(staff.current(), id).orElseThrow(ApiProblem::notFound);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public UnsealRequestView approve(@PathParam("id") UUID id, @Valid ApproveUnsealRequest body) {
        return service.approve(staff.current(), id, body);
    }

    /** The body is optional: a POST without one approves without a disclosure deferral. */
    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    public UnsealRequestView approveWithoutBody(@PathParam("id") UUID id) {
        return service.approve(staff.current(), id, null);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_JSON)
    public UnsealRequestView reject(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body with a reason is required") @Valid RejectUnsealRequest body) {
        return service.reject(staff.current(), id, body);
    }

    /** The identity, once; never cached anywhere on its way. */
    @POST
    @Path("/{id}/execute")
    @RolesAllowed(Roles.AUDITOR)
    public Response execute(@PathParam("id") UUID id) {
        ReporterIdentity identity = executor.execute(staff.current(), id);
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
