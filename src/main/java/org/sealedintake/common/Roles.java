package org.sealedintake.common;

/** Realm roles, exactly as named in keycloak/sealed-intake-realm.json. */
public final class Roles {
    public static final String USER = "user";
    public static final String MODERATOR = "moderator";
    public static final String SENIOR_MODERATOR = "senior-moderator";
    public static final String AUDITOR = "auditor";
    public static final String APPROVER = "approver";
    public static final String ADMIN = "admin";
    /** Specialised moderators: cases of intimate images involving a minor, which other moderators never open. */
    public static final String CHILD_SAFETY = "child-safety";
    /** Notifiers whose reports weigh more in a case's priority (DSA Art. 22). */
    public static final String TRUSTED_FLAGGER = "trusted-flagger";

    private Roles() {
    }
}
