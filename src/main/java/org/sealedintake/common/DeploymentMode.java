package org.sealedintake.common;

/** One image, three ways to run it (api-and-roles.md, "Deployment modes"). */
public enum DeploymentMode {
    /** Development and tests: everything in one process. */
    ALL,
    /** Everything but unseal decisions and execution; never loads the private sealing or approval-signing keyset. */
    API,
    /**
     * Only unseal approve, reject and execute, and health; the only production mode that loads the
     * private sealing keyset and the approval-signing keyset (both under the executor KEK).
     */
    EXECUTOR;

    public boolean opensIdentities() {
        return this != API;
    }
}
