package org.sealedintake.unseal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.intake.CallerResolver;
import org.sealedintake.unseal.view.ReporterDisclosureView;

/** {@code GET /v1/reports/{id}/disclosures}: the reporter learns whether their identity was disclosed. */
@Path("/v1/reports/{id}/disclosures")
@Tag(name = "Reports")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {
    private final DisclosureService disclosures;
    private final CallerResolver callers;

    DisclosureResource(DisclosureService disclosures, CallerResolver callers) {
        this.disclosures = disclosures;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listMyDisclosures", summary = "List disclosures of my identity", description = "Whether and when the identity the caller "
            + "sealed with one of their reports was disclosed, and on which kind of legal basis (unless deferred).")
    @APIResponse(responseCode = "200", description = "One page of disclosures.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public PageView<ReporterDisclosureView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return disclosures.ofOwnReport(callers.current(), id, page.page(), page.size())
                .orElseThrow(ApiProblem::notFound);
    }
}
