package org.sealedintake.unseal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.sealing.ReporterIdentity;

/**
 * What the requester of an executed unseal receives: the opened identity of one report's reporter,
 * and nothing else (matrix item {@code reporter-identity}: auditor, after an executed unseal only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DisclosedIdentity",
        description = "The reporter's sealed identity, as opened by an executed unseal. Members without a value are left out.",
        requiredProperties = { "subject", "contact" })
public record DisclosedIdentityView(String subject, String account, String name, String email, Map<String, String> contact) {

    public static DisclosedIdentityView of(ReporterIdentity identity) {
        return new DisclosedIdentityView(identity.subject(), identity.account(), identity.name(), identity.email(),
                identity.contact());
    }

    @Override
    public String toString() {
        return "DisclosedIdentityView[sealed]";
    }
}
