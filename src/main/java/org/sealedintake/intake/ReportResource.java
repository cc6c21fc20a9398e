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
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.intake.view.ReporterReportSummary;
import org.sealedintake.intake.view.ReporterReportView;

/** The reporter's side of intake: file a report, list and read their own. */
@Path("/v1/reports")
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
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey,
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
    public PageView<ReporterReportSummary> mine(@Valid @BeanParam PageRequest page) {
        return reads.mine(callers.current(), page.page, page.size);
    }

    @GET
    @Path("/{id}")
    public ReporterReportView get(@PathParam("id") UUID id) {
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
