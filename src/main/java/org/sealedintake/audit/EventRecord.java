package org.sealedintake.audit;

import java.util.UUID;

/**
 * An audit event as the chain sees it: the row of {@code audit_event} with its time as epoch
 * microseconds, read with {@link #SELECT_COLUMNS} so that neither the session time zone nor the
 * date style can change what is hashed.
 */
public record EventRecord(long id, UUID eventId, long occurredAtMicros, String actor, String action,
        String objectType, String objectId, String purpose, String outcome) {

    /**
     * The event columns in the order {@link #read} expects, for a table aliased {@code e}. The time
     * is converted to epoch microseconds by PostgreSQL ({@code extract} is exact numeric since 14),
     * never parsed from its text form.
     */
    static final String SELECT_COLUMNS = "e.id, e.event_id, (extract(epoch from e.occurred_at) * 1000000)::bigint as occurred_micros, "
            + "e.actor, e.action, e.object_type, e.object_id, e.purpose, e.outcome";

    /** Reads the columns of {@link #SELECT_COLUMNS}, starting at column {@code first}. */
    static EventRecord read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new EventRecord(rs.getLong(first), rs.getObject(first + 1, UUID.class), rs.getLong(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6),
                rs.getString(first + 7), rs.getString(first + 8));
    }

    @Override
    public String toString() {
        return "EventRecord[" + id + "]";
    }
}
