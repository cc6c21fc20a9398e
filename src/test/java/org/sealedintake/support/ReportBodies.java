package org.sealedintake.support;

import java.util.UUID;

/** Request bodies for {@code POST /v1/reports} that satisfy the wire contract. */
public final class ReportBodies {
    private ReportBodies() {
    }

    /** A valid body with a unique target, so every call describes a different report. */
    public static String minimal() {
        return withDescription("Repeated insulting replies under every post");
    }

    public static String withDescription(String description) {
        return """
                {"category":"HARASSMENT","targetContentRef":"post:%s","targetAccount":"creator",
                 "description":"%s","involvesMinor":false,"victim":{"type":"SELF"}}"""
                .formatted(UUID.randomUUID(), description);
    }
}
