package org.sealedintake.sealing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Who filed a report: only ever held in memory on its way to the vault, and (after an executed
 * unseal) on its way to the auditor. {@code toString} prints nothing of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReporterIdentity(String subject, String account, String name, String email, Map<String, String> contact) {

    public ReporterIdentity {
        contact = contact == null ? Map.of() : Map.copyOf(contact);
    }

    @Override
    public String toString() {
        return "ReporterIdentity[sealed]";
    }
}
