package org.rookery.adapters.postgres;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.rookery.adapters.postgres.schema.Tables.LOG_COUNTER;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Another session that locks the event log's counter row in an open transaction, as a slow
 * appender of another process would: the group commit writer's next batch waits behind it, and
 * appends pile up in its queue meanwhile. Not thread-safe; close it to let the writer go on.
 */
final class CounterRowHold implements AutoCloseable {
    private final Connection connection, observer;
    private final DSLContext observing;

    CounterRowHold(PostgresSettings settings) throws SQLException {
        connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        connection.setAutoCommit(false);
        // pg_stat_activity is read once per transaction: the observer's auto-commit reads see it change
        observer = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        observing = DSL.using(observer, SQLDialect.POSTGRES);
        DSL.using(connection, SQLDialect.POSTGRES, Database.jooqSettings(settings)).update(LOG_COUNTER).set(LOG_COUNTER.LAST_POSITION, LOG_COUNTER.LAST_POSITION)
                .where(LOG_COUNTER.LOG_NAME.eq(LogPositions.GAME_EVENTS)).execute();
    }

    /** Sessions of this database waiting for a lock (the writer, once its batch reached the counter). */
    int sessionsWaitingForALock() {
        return observing.fetchCount(table(name("pg_catalog", "pg_stat_activity")),
                field(name("datname")).eq(field(DSL.function(name("current_database"), String.class)))
                        .and(field(name("wait_event_type")).eq("Lock")));
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) return;
        connection.rollback();
        connection.close();
        observer.close();
    }
}
