package org.sealedintake.unseal.view;

import java.time.Instant;

/** What a reporter learns of a disclosure of their identity: when, and the category of legal basis. */
public record ReporterDisclosureView(Instant disclosedAt, String legalBasis) {
}
