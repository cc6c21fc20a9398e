package org.sealedintake.common;

/** Realm roles, exactly as named in keycloak/sealed-intake-realm.json. */
public final class Roles {
    public static final String USER = "user";
    public static final String MODERATOR = "moderator";
    public static final String SENIOR_MODERATOR = "senior-moderator";
    public static final String AUDITOR = "auditor";
    public static final String APPROVER = "approver";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
