package org.rookery.adapters.postgres;

import static org.rookery.adapters.postgres.schema.Tables.MATCH_EVENT;

import java.util.List;
import org.jooq.JSONB;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.events.json.EventJson;
import org.rookery.ports.out.LoggedMatchEvent;
import org.rookery.ports.out.MatchEventLog;

/**
 * Matchmaking's event stream in {@code match_event}: at most one event per match and type
 * (a unique key), positions from the log's counter row in the appending transaction, so the
 * global order has no late arrivals ({@link LogPositions}). Appends are rare (one per match):
 * each is its own transaction. Thread-safe.
 */
public final class PostgresMatchEventLog implements MatchEventLog {
    private final Database db;
    private final EventJson json;

    PostgresMatchEventLog(Database db, EventJson json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public boolean append(MatchEnvelope event) {
        JSONB document = JSONB.valueOf(json.toJson(event));
        try {
            return db.transaction("append a match event", dsl -> {
                long position = LogPositions.claim(dsl, LogPositions.MATCH_EVENTS, 1);
                int inserted = dsl.insertInto(MATCH_EVENT, MATCH_EVENT.LOG_POSITION, MATCH_EVENT.MATCH_ID, MATCH_EVENT.EVENT_TYPE,
                                MATCH_EVENT.EVENT_ID, MATCH_EVENT.OCCURRED_AT, MATCH_EVENT.ENVELOPE)
                        .values(position, event.matchId(), event.type(), event.eventId(), event.occurredAt(), document)
                        .onConflict(MATCH_EVENT.MATCH_ID, MATCH_EVENT.EVENT_TYPE)
                        .doNothing()
                        .execute();
                if (inserted == 0) throw new RollbackException(false); // announced already: give the position back
                return true;
            });
        } catch (RollbackException announcedAlready) {
            return announcedAlready.answer();
        }
    }

    @Override
    public List<LoggedMatchEvent> readAll(long afterPosition, int max) {
        if (afterPosition < 0 || max < 1) throw new IllegalArgumentException("need a position >= 0 and max >= 1");
        return db.read("read the match log", dsl -> dsl.select(MATCH_EVENT.LOG_POSITION, MATCH_EVENT.ENVELOPE).from(MATCH_EVENT)
                .where(MATCH_EVENT.LOG_POSITION.gt(afterPosition))
                .orderBy(MATCH_EVENT.LOG_POSITION)
                .limit(max)
                .fetch(r -> new LoggedMatchEvent(r.value1(), json.readMatchEvent(r.value2().data()))));
    }

    @Override
    public long endPosition() {
        return db.read("read the match log's end", dsl -> LogPositions.end(dsl, LogPositions.MATCH_EVENTS));
    }
}
