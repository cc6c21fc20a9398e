package org.sealedintake.outbox;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sealedintake.crypto.OutboxSigner;

/** The public keys that verify outbox deliveries (docs/outbox.md). */
@Path("/v1/outbox/keys")
@Tag(name = "Outbox", description = "Public keys that verify the signed webhook deliveries of the outbox.")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxKeysResource {
    private final OutboxSigner signer;

    OutboxKeysResource(OutboxSigner signer) {
        this.signer = signer;
    }

    /** Public: receivers fetch it without a token, as they fetch /v1/audit/keys. */
    @GET
    @PermitAll
    @Operation(operationId = "outboxKeys", summary = "Delivery-signing public keys", description = "The public Tink JSON keyset "
            + "(Ed25519, raw signatures) that verifies the Sealed-Signature header of every outbox delivery; the key id is the "
            + "Sealed-Signature-Key-Id header. Public: no token needed.")
    @APIResponse(responseCode = "200", description = "A Tink JSON public keyset (no secret material).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicKeyset"),
                    examples = @ExampleObject(name = "keyset", value = """
                            {"primaryKeyId":987654321,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.Ed25519PublicKey",
                             "value":"EiD...","keyMaterialType":"ASYMMETRIC_PUBLIC"},"status":"ENABLED","keyId":987654321,"outputPrefixType":"RAW"}]}""")))
    public String keys() {
        return signer.publicKeysetJson();
    }
}
