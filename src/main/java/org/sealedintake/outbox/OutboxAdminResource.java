package org.sealedintake.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.outbox.view.OutboxDeliveryView;

/** Parked outbox deliveries, for operations (docs/outbox.md). */
@Path("/v1/admin/outbox")
@Tag(name = "Outbox administration", description = "Parked deliveries: list them (never their bodies) and replay them.")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {
    private final OutboxAdminService service;
    private final JsonWebToken token;

    OutboxAdminResource(OutboxAdminService service, JsonWebToken token) {
        this.service = service;
        this.token = token;
    }

    @GET
    @Path("/parked")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listParkedDeliveries", summary = "List parked deliveries", description = "Outbox deliveries "
            + "given up after too many failed attempts (or for an unknown destination), most recently parked first. "
            + "Ids, kinds, destinations, attempts and errors only: never a body.")
    @APIResponse(responseCode = "200", description = "One page of parked deliveries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one parked", value = """
                    {"items":[{"id":"0b8f3a52-6c1e-4f7d-9a2b-5e4c3d2f1a09","kind":"ENFORCEMENT","destination":"platform-enforcement",
                     "status":"PARKED","attempts":12,"lastError":"http-503","createdAt":"2026-11-26T08:00:00Z",
                     "lastAttemptAt":"2026-11-26T14:02:11Z","parkedAt":"2026-11-26T14:02:11Z","nextAttemptAt":"2026-11-26T14:04:11Z"}],
                     "page":0,"size":20,"total":1}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    public PageView<OutboxDeliveryView> parked(@Valid @BeanParam PageRequest page) {
        return service.parked(page.page(), page.size());
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replayParkedDelivery", summary = "Replay a parked delivery", description = "Puts a parked delivery "
            + "back in the queue, due now, with a fresh run of attempts. It goes out with the same event id and idempotency "
            + "key. Audited.")
    @APIResponse(responseCode = "200", description = "The delivery, pending again.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxDeliveryView.class),
                    examples = @ExampleObject(name = "pending again", value = """
                            {"id":"0b8f3a52-6c1e-4f7d-9a2b-5e4c3d2f1a09","kind":"ENFORCEMENT","destination":"platform-enforcement",
                             "status":"PENDING","attempts":0,"lastError":"http-503","createdAt":"2026-11-26T08:00:00Z",
                             "lastAttemptAt":"2026-11-26T14:02:11Z","nextAttemptAt":"2026-11-26T15:00:00Z"}""")))
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    public OutboxDeliveryView replay(@PathParam("id") UUID id) {
        return service.replay(token.getSubject(), id);
    }
}
