package org.sealedintake.common;

/** One image, three ways to run it (api-and-roles.md, "Deployment modes"). */
public enum DeploymentMode {
    /** Development and tests: everything in one process. */
    ALL,
    /** Everything but unseal execution; never loads the private sealing keyset. */
    API,
    /** Only unseal execution and health; the only mode that loads the private sealing keyset. */
    EXECUTOR;

    public boolean opensIdentities() {
        return this != API;
    }
}
