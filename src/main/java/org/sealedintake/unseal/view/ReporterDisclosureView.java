package org.sealedintake.unseal.view;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reporter learns of a disclosure of their identity: when, and the category of legal basis. */
@Schema(requiredProperties = { "disclosedAt", "legalBasis" })
public record ReporterDisclosureView(Instant disclosedAt, String legalBasis) {
}
