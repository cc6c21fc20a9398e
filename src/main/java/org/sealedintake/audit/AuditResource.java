package org.sealedintake.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sealedintake.audit.view.AuditEventView;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.crypto.AuditSigner;

/** The audit log for auditors and approvers, and the public checkpoint-signing keys. */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditService service;
    private final AuditSigner signer;
    private final JsonWebToken token;

    AuditResource(AuditService service, AuditSigner signer, JsonWebToken token) {
        this.service = service;
        this.signer = signer;
        this.token = token;
    }

    /** The checkpoint-signing public keyset (Tink JSON, no secret): anyone may check exported checkpoints. */
    @GET
    @Path("/keys")
    @PermitAll
    public String keys() {
        return signer.publicKeysetJson();
    }

    @GET
    @Path("/verify")
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    public VerifyResult verify() {
        return service.verify(actor());
    }

    @GET
    @Path("/events")
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    public PageView<AuditEventView> events(@QueryParam("objectType") @Size(max = 40, message = "objectType is at most 40 characters") String objectType,
            @QueryParam("objectId") @Size(max = 64, message = "objectId is at most 64 characters") String objectId,
            @QueryParam("actor") @Size(max = 128, message = "actor is at most 128 characters") String actor,
            @Valid @BeanParam PageRequest page) {
        return service.list(actor(), new AuditService.EventFilter(objectType, objectId, actor), page.page, page.size);
    }

    /** Staff act under their token subject: an opaque id, not a name. */
    private String actor() {
        return token.getSubject();
    }
}
