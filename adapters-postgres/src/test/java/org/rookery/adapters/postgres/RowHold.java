package org.rookery.adapters.postgres;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.rookery.adapters.postgres.schema.Tables.GAME_EVENT;
import static org.rookery.adapters.postgres.schema.Tables.LOG_COUNTER;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Another session that locks a row in an open transaction, as a slow appender of another process
 * would, so a test can stop the event log's writer at a chosen step: on the counter row (before it
 * claims positions) or on one event position (after it claimed them, before its insert). Not
 * thread-safe; close it (rolled back: it leaves nothing) to let the writer go on.
 */
final class RowHold implements AutoCloseable {
    private final Connection connection, observer;
    private final DSLContext holding, observing;

    private RowHold(PostgresSettings settings) throws SQLException {
        connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        connection.setAutoCommit(false);
        holding = DSL.using(connection, SQLDialect.POSTGRES, Database.jooqSettings(settings));
        // pg_stat_activity is read once per transaction: the observer's auto-commit reads see it change
        observer = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        observing = DSL.using(observer, SQLDialect.POSTGRES);
    }

    /** Locks the game event log's counter row: the next append waits before it claims positions. */
    static RowHold counterRow(PostgresSettings settings) throws SQLException {
        RowHold hold = new RowHold(settings);
        hold.holding.update(LOG_COUNTER).set(LOG_COUNTER.LAST_POSITION, LOG_COUNTER.LAST_POSITION)
                .where(LOG_COUNTER.LOG_NAME.eq(LogPositions.GAME_EVENTS)).execute();
        return hold;
    }

    /** Inserts (uncommitted) an event at {@code position}: the append given that position waits at its insert, positions claimed. */
    static RowHold eventPosition(PostgresSettings settings, long position) throws SQLException {
        RowHold hold = new RowHold(settings);
        hold.holding.insertInto(GAME_EVENT, GAME_EVENT.LOG_POSITION, GAME_EVENT.GAME_ID, GAME_EVENT.SEQ, GAME_EVENT.EVENT_ID, GAME_EVENT.EVENT_TYPE,
                GAME_EVENT.OCCURRED_AT, GAME_EVENT.ENVELOPE).values(position, "hold-" + position, 1L, "hold", "Hold", Instant.EPOCH, JSONB.valueOf("{}"))
                .execute();
        return hold;
    }

    /** Sessions of this database waiting for a lock. */
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
