package org.sealedintake.unseal;

import java.time.Instant;
import java.util.Optional;

/**
 * A staff member behind a request, from the verified token: the subject (compared for dual
 * control), the roles that matter here, and what step-up needs (acr, auth_time, iat).
 */
record Staff(String subject, boolean auditor, boolean approver, String acr, Optional<Instant> authTime, Instant issuedAt) {
}
