package org.sealedintake.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sends {@link TransactionSql}'s queued writes before any statement Hibernate prepares in the same transaction,
 * so a Hibernate query or update sees the rows queued before it, as it would have had they been sent at once
 * (D30). The SQL itself is left as it is.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class QueuedWritesFirst implements StatementInspector {
    @Override
    public String inspect(String sql) {
        TransactionSql.flush();
        return sql;
    }
}
