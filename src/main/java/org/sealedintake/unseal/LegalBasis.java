package org.sealedintake.unseal;

/** Why an identity may be disclosed; the category is what the reporter is told. */
public enum LegalBasis {
    COURT_ORDER,
    LAW_ENFORCEMENT_REQUEST,
    REGULATOR_ORDER,
    REPORTER_CONSENT,
    VITAL_INTEREST
}
