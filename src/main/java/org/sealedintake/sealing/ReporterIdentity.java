package org.sealedintake.sealing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who filed a report: only ever held in memory on its way to the vault, and (after an executed
 * unseal) on its way to the auditor. {@code toString} prints nothing of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The reporter's sealed identity, as opened by an executed unseal. Members without a value are left out.",
        requiredProperties = { "subject", "contact" })
public record ReporterIdentity(String subject, String account, String name, String email, Map<String, String> contact) {

    public ReporterIdentity {
        contact = contact == null ? Map.of() : Map.copyOf(contact);
    }

    @Override
    public String toString() {
        return "ReporterIdentity[sealed]";
    }
}
