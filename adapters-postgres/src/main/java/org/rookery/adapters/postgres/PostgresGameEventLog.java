package org.rookery.adapters.postgres;

import static org.rookery.adapters.postgres.schema.Tables.GAME_EVENT;
import static org.rookery.adapters.postgres.schema.Tables.GAME_STREAM;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jooq.JSONB;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.events.json.EventJson;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * The durable event log on PostgreSQL: one row per event (table {@code game_event}, each
 * envelope as its published JSON), a head row per game that guards appends ({@code game_stream}),
 * and a global order whose positions follow commit order ({@link LogPositions}). Appends go
 * through the {@link GroupCommitWriter}: the caller waits until the transaction that holds its
 * events committed. Reads run on the caller's thread. Thread-safe.
 */
public final class PostgresGameEventLog implements GameEventLog, AutoCloseable {
    private final Database db;
    private final EventJson json;
    private final GroupCommitWriter writer;
    private final Duration answerWithin;

    PostgresGameEventLog(Database db, EventJson json, PostgresSettings settings) {
        this.db = db;
        this.json = json;
        this.writer = new GroupCommitWriter(db, settings.groupCommitMax(), 50 * settings.groupCommitMax());
        // a batch waits for a connection, then runs a few statements; past that, something is stuck
        this.answerWithin = settings.connectionTimeout().plus(settings.statementTimeout().multipliedBy(6));
    }

    @Override
    public void append(String gameId, long expectedSeq, List<EventEnvelope> events) {
        checkNumbering(gameId, expectedSeq, events);
        List<JSONB> documents = new ArrayList<>(events.size());
        for (EventEnvelope e : events) documents.add(JSONB.valueOf(json.toJson(e)));
        CompletableFuture<Void> done = new CompletableFuture<>();
        writer.submit(new PendingAppend(gameId, expectedSeq, events, documents, done));
        await(done, gameId);
    }

    @Override
    public List<EventEnvelope> readAfter(String gameId, long afterSeq) {
        return db.read("read a game's events", dsl -> dsl.select(GAME_EVENT.ENVELOPE).from(GAME_EVENT)
                .where(GAME_EVENT.GAME_ID.eq(gameId).and(GAME_EVENT.SEQ.gt(afterSeq)))
                .orderBy(GAME_EVENT.SEQ)
                .fetch(r -> json.readGameEvent(r.value1().data())));
    }

    @Override
    public long lastSeq(String gameId) {
        return db.read("read a game's last seq", dsl -> dsl.select(GAME_STREAM.LAST_SEQ).from(GAME_STREAM)
                .where(GAME_STREAM.GAME_ID.eq(gameId)).fetchOptional(GAME_STREAM.LAST_SEQ).orElse(0L));
    }

    @Override
    public List<LoggedEvent> readAll(long afterPosition, int max) {
        if (afterPosition < 0 || max < 1) throw new IllegalArgumentException("need a position >= 0 and max >= 1");
        return db.read("read the global order", dsl -> dsl.select(GAME_EVENT.LOG_POSITION, GAME_EVENT.ENVELOPE).from(GAME_EVENT)
                .where(GAME_EVENT.LOG_POSITION.gt(afterPosition))
                .orderBy(GAME_EVENT.LOG_POSITION)
                .limit(max)
                .fetch(r -> new LoggedEvent(r.value1(), json.readGameEvent(r.value2().data()))));
    }

    @Override
    public long endPosition() {
        return db.read("read the log's end", dsl -> LogPositions.end(dsl, LogPositions.GAME_EVENTS));
    }

    /** Group commits so far: transactions, and the appends they committed (their ratio is the mean group size). */
    public long groupCommits() {
        return writer.batches();
    }

    public long appendsCommitted() {
        return writer.appends();
    }

    /** Appends queued for the next group commit. */
    int appendsWaiting() {
        return writer.waiting();
    }

    /** Commits the appends still queued, then stops the writer. */
    @Override
    public void close() {
        writer.close();
    }

    private void await(CompletableFuture<Void> done, String gameId) {
        try {
            done.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            throw new IllegalStateException("append to game " + gameId + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new StoreUnavailableException("PostgreSQL did not commit game " + gameId + "'s events within " + answerWithin
                    + "; they may still land (the game is reloaded from the log)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while game " + gameId + "'s events were committed", e);
        }
    }

    private static void checkNumbering(String gameId, long expectedSeq, List<EventEnvelope> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("nothing to append");
        long seq = expectedSeq;
        for (EventEnvelope e : events) {
            if (!e.gameId().equals(gameId)) throw new IllegalArgumentException("event of game " + e.gameId() + " appended to " + gameId);
            if (e.seq() != ++seq) throw new IllegalArgumentException("event seq " + e.seq() + " where " + seq + " was due");
        }
    }
}
