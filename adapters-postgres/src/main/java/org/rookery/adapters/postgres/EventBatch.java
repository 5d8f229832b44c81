package org.rookery.adapters.postgres;

import static org.rookery.adapters.postgres.schema.Tables.GAME_EVENT;
import static org.rookery.adapters.postgres.schema.Tables.GAME_STREAM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep7;
import org.jooq.Record3;
import org.jooq.Row3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.rookery.adapters.postgres.schema.tables.records.GameEventRecord;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventLogConflictException;

/**
 * The statements of one group commit, run inside its transaction: move each game's head from its
 * expected seq (an append whose head moved on, or that starts a game someone else started, loses
 * and is answered with a conflict), claim positions for the winners' events, insert them. A fixed
 * handful of statements whatever the number of games. Stateless, so thread-safe.
 */
final class EventBatch {
    private EventBatch() {}

    /** The conflicts of the appends that lost, by game (one append per game in a batch); the others are in. */
    static Map<String, EventLogConflictException> write(DSLContext dsl, List<PendingAppend> batch) {
        Set<String> won = new HashSet<>();
        List<PendingAppend> continuing = new ArrayList<>(), starting = new ArrayList<>();
        for (PendingAppend a : batch) (a.expectedSeq() == 0 ? starting : continuing).add(a);
        if (!continuing.isEmpty()) won.addAll(moveHeads(dsl, continuing));
        if (!starting.isEmpty()) won.addAll(createHeads(dsl, starting));

        List<PendingAppend> winners = batch.stream().filter(a -> won.contains(a.gameId())).toList();
        Map<String, EventLogConflictException> outcomes = conflicts(dsl, batch, won);
        if (!winners.isEmpty()) insertEvents(dsl, winners);
        return outcomes;
    }

    /** UPDATE game_stream … FROM (VALUES …) WHERE last_seq = expected: the row lock serializes racing writers of one game. */
    private static Set<String> moveHeads(DSLContext dsl, List<PendingAppend> appends) {
        @SuppressWarnings("unchecked")
        Row3<String, Long, Long>[] rows = appends.stream().map(a -> DSL.row(a.gameId(), a.expectedSeq(), a.newLastSeq())).toArray(Row3[]::new);
        Table<Record3<String, Long, Long>> v = DSL.values(rows).as("v", "game_id", "expected", "new_seq");
        Field<String> game = v.field("game_id", String.class);
        Field<Long> expected = v.field("expected", Long.class), newSeq = v.field("new_seq", Long.class);
        return new HashSet<>(dsl.update(GAME_STREAM)
                .set(GAME_STREAM.LAST_SEQ, newSeq)
                .from(v)
                .where(GAME_STREAM.GAME_ID.eq(game).and(GAME_STREAM.LAST_SEQ.eq(expected)))
                .returning(GAME_STREAM.GAME_ID)
                .fetch(GAME_STREAM.GAME_ID));
    }

    /** INSERT … ON CONFLICT DO NOTHING: a racing first append of the same game waits for ours, then finds it. */
    private static Set<String> createHeads(DSLContext dsl, List<PendingAppend> appends) {
        var insert = dsl.insertInto(GAME_STREAM, GAME_STREAM.GAME_ID, GAME_STREAM.LAST_SEQ);
        var values = insert.values(appends.getFirst().gameId(), appends.getFirst().newLastSeq());
        for (PendingAppend a : appends.subList(1, appends.size())) values = values.values(a.gameId(), a.newLastSeq());
        return new HashSet<>(values.onConflict(GAME_STREAM.GAME_ID).doNothing().returning(GAME_STREAM.GAME_ID).fetch(GAME_STREAM.GAME_ID));
    }

    private static Map<String, EventLogConflictException> conflicts(DSLContext dsl, List<PendingAppend> batch, Set<String> won) {
        Map<String, EventLogConflictException> outcomes = new HashMap<>();
        List<PendingAppend> lost = batch.stream().filter(a -> !won.contains(a.gameId())).toList();
        if (lost.isEmpty()) return outcomes;
        Map<String, Long> heads = dsl.select(GAME_STREAM.GAME_ID, GAME_STREAM.LAST_SEQ).from(GAME_STREAM)
                .where(GAME_STREAM.GAME_ID.in(lost.stream().map(PendingAppend::gameId).toList()))
                .fetchMap(GAME_STREAM.GAME_ID, GAME_STREAM.LAST_SEQ);
        for (PendingAppend a : lost) outcomes.put(a.gameId(), new EventLogConflictException(a.gameId(), a.expectedSeq(), heads.getOrDefault(a.gameId(), 0L)));
        return outcomes;
    }

    private static void insertEvents(DSLContext dsl, List<PendingAppend> winners) {
        int count = winners.stream().mapToInt(a -> a.events().size()).sum();
        long position = LogPositions.claim(dsl, LogPositions.GAME_EVENTS, count); // last: the counter row stays locked until commit
        InsertValuesStep7<GameEventRecord, Long, String, Long, String, String, java.time.Instant, org.jooq.JSONB> insert = dsl.insertInto(GAME_EVENT,
                GAME_EVENT.LOG_POSITION, GAME_EVENT.GAME_ID, GAME_EVENT.SEQ, GAME_EVENT.EVENT_ID, GAME_EVENT.EVENT_TYPE, GAME_EVENT.OCCURRED_AT,
                GAME_EVENT.ENVELOPE);
        for (PendingAppend a : winners) {
            for (int i = 0; i < a.events().size(); i++) {
                EventEnvelope e = a.events().get(i);
                insert = insert.values(position++, e.gameId(), e.seq(), e.eventId(), e.type(), e.occurredAt(), a.json().get(i));
            }
        }
        insert.execute();
    }
}
