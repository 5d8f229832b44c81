package org.rookery.adapters.postgres;

import static org.rookery.adapters.postgres.schema.Tables.LOG_COUNTER;

import org.jooq.DSLContext;

/**
 * Hands out positions in a log's global order from its counter row, inside the appending
 * transaction. The row stays locked until that transaction ends, so appends to one log commit one
 * after the other in position order: a reader can never see a position before every lower one is
 * visible (no late arrivals), and a rolled-back append gives its numbers back unseen (no gap is
 * ever filled later). Stateless, so thread-safe.
 */
final class LogPositions {
    static final String GAME_EVENTS = "game_event";
    static final String MATCH_EVENTS = "match_event";

    private LogPositions() {}

    /** Claims {@code count} positions in the transaction of {@code dsl}; returns the first. */
    static long claim(DSLContext dsl, String log, int count) {
        long last = dsl.update(LOG_COUNTER)
                .set(LOG_COUNTER.LAST_POSITION, LOG_COUNTER.LAST_POSITION.plus(count))
                .where(LOG_COUNTER.LOG_NAME.eq(log))
                .returning(LOG_COUNTER.LAST_POSITION)
                .fetchOptional(LOG_COUNTER.LAST_POSITION)
                .orElseThrow(() -> new IllegalStateException("log_counter has no row '" + log + "': the schema is not migrated"));
        return last - count + 1;
    }

    /** The last position committed to the log (auto-commit read: it never waits for an appender). */
    static long end(DSLContext dsl, String log) {
        return dsl.select(LOG_COUNTER.LAST_POSITION).from(LOG_COUNTER).where(LOG_COUNTER.LOG_NAME.eq(log))
                .fetchOptional(LOG_COUNTER.LAST_POSITION).orElse(0L);
    }
}
