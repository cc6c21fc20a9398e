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
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.audit.view.AuditEventView;
import org.sealedintake.common.ApiDocument;
import org.sealedintake.common.PageRequest;
import org.sealedintake.common.PageView;
import org.sealedintake.common.Roles;
import org.sealedintake.crypto.AuditSigner;

/** The audit log for auditors and approvers, and the public checkpoint-signing keys. */
@Path("/v1/audit")
@Tag(name = "Audit", description = "The audit log for auditors and approvers; the public checkpoint keys.")
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
    @Operation(operationId = "auditKeys", summary = "Checkpoint-signing public keys", description = "The public Tink JSON keyset that verifies "
            + "exported audit checkpoints. Public: no token needed.")
    @APIResponse(responseCode = "200", description = "A Tink JSON public keyset (no secret material).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicKeyset.class),
                    examples = @ExampleObject(name = "keyset", value = """
                            {"primaryKeyId":123456789,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.Ed25519PublicKey",
                             "value":"EiD...","keyMaterialType":"ASYMMETRIC_PUBLIC"},"status":"ENABLED","keyId":123456789,"outputPrefixType":"TINK"}]}""")))
    public String keys() {
        return signer.publicKeysetJson();
    }

    @GET
    @Path("/verify")
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit chain", description = "Recomputes the hash chain and checks it against the "
            + "signed checkpoints exported outside the database.")
    @APIResponse(responseCode = "200", description = "The verifier's answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerifyResult.class),
                    examples = @ExampleObject(name = "intact", value = """
                            {"intact":true,"verifiedThrough":1024,"firstBadSeq":null,"problem":null,"detail":"Chain intact through seq 1024."}""")))
    @APIResponse(responseCode = "503", ref = ApiDocument.UNAVAILABLE)
    public VerifyResult verify() {
        return service.verify(actor());
    }

    @GET
    @Path("/events")
    @RolesAllowed({ Roles.AUDITOR, Roles.APPROVER })
    @Operation(operationId = "listAuditEvents", summary = "List audit events", description = "Audit events, newest first, optionally filtered; "
            + "the reading itself is recorded.")
    @APIResponse(responseCode = "200", description = "One page of audit events.")
    @APIResponse(responseCode = "400", ref = ApiDocument.BAD_REQUEST)
    public PageView<AuditEventView> events(
            @QueryParam("objectType") @Parameter(description = "Only events about this kind of object.", example = "report")
            @Size(max = 40, message = "objectType is at most 40 characters") String objectType,
            @QueryParam("objectId") @Parameter(description = "Only events about this object id.")
            @Size(max = 64, message = "objectId is at most 64 characters") String objectId,
            @QueryParam("actor") @Parameter(description = "Only events by this actor (token subject).")
            @Size(max = 128, message = "actor is at most 128 characters") String actor,
            @Valid @BeanParam PageRequest page) {
        return service.list(actor(), new AuditService.EventFilter(objectType, objectId, actor), page.page(), page.size());
    }

    /** The shape of {@link #keys()} for the OpenAPI document: Tink's JSON keyset format, public keys only. */
    @Schema(name = "PublicKeyset", description = "A Tink JSON keyset holding public keys only.")
    record PublicKeyset(@Schema(required = true) long primaryKeyId, @Schema(required = true) List<PublicKeysetKey> key) {
    }

    /** One key of a {@link PublicKeyset}. */
    @Schema(name = "PublicKeysetKey")
    record PublicKeysetKey(@Schema(required = true) KeyData keyData, @Schema(required = true) String status,
            @Schema(required = true) long keyId, @Schema(required = true) String outputPrefixType) {
    }

    /** The public key material of a {@link PublicKeysetKey}. */
    @Schema(name = "PublicKeysetKeyData")
    record KeyData(@Schema(required = true) String typeUrl, @Schema(required = true, description = "Base64.") String value,
            @Schema(required = true, enumeration = "ASYMMETRIC_PUBLIC") String keyMaterialType) {
    }

    /** Staff act under their token subject: an opaque id, not a name. */
    private String actor() {
        return token.getSubject();
    }
}
