package org.rookery.adapters.postgres;

import static org.rookery.adapters.postgres.schema.Tables.MATCH_RETRY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rookery.adapters.postgres.schema.tables.records.MatchRetryRecord;
import org.rookery.domain.matchmaking.Match;
import org.rookery.domain.matchmaking.MatchPool;
import org.rookery.domain.matchmaking.PlayerId;
import org.rookery.domain.rating.GameMode;
import org.rookery.domain.rating.TimeControl;
import org.rookery.ports.out.MatchRetryQueue;
import org.rookery.ports.out.PendingMatch;

/**
 * Matches waiting for their game in {@code match_retry}, one row per match (columns, not a
 * document, so players can be found and scrubbed), with indexes by due time and by each player.
 * Instants keep microseconds (PostgreSQL's precision). Thread-safe.
 */
public final class PostgresMatchRetryQueue implements MatchRetryQueue {
    private static final int MAX_FAILURE_TEXT = 1_000;
    private final Database db;

    PostgresMatchRetryQueue(Database db) {
        this.db = db;
    }

    @Override
    public void put(PendingMatch pending) {
        MatchRetryRecord row = toRow(pending);
        db.read("queue a match", dsl -> dsl.insertInto(MATCH_RETRY).set(row).onDuplicateKeyUpdate().set(row).execute());
    }

    @Override
    public List<PendingMatch> due(Instant now, int max) {
        if (max < 1) throw new IllegalArgumentException("max must be positive, got " + max);
        return db.read("read due matches", dsl -> dsl.selectFrom(MATCH_RETRY)
                .where(MATCH_RETRY.NEXT_ATTEMPT_AT.le(now))
                .orderBy(MATCH_RETRY.NEXT_ATTEMPT_AT, MATCH_RETRY.MATCH_ID)
                .limit(max)
                .fetch(PostgresMatchRetryQueue::fromRow));
    }

    @Override
    public void remove(String matchId) {
        db.read("remove a match", dsl -> dsl.deleteFrom(MATCH_RETRY).where(MATCH_RETRY.MATCH_ID.eq(matchId)).execute());
    }

    @Override
    public Optional<PendingMatch> pendingFor(String playerId) {
        return db.read("find a player's match", dsl -> dsl.selectFrom(MATCH_RETRY)
                .where(MATCH_RETRY.WHITE_ID.eq(playerId).or(MATCH_RETRY.BLACK_ID.eq(playerId)))
                .orderBy(MATCH_RETRY.NEXT_ATTEMPT_AT.desc())
                .limit(1)
                .fetchOptional(PostgresMatchRetryQueue::fromRow));
    }

    @Override
    public long size() {
        return db.read("count waiting matches", dsl -> (long) dsl.fetchCount(MATCH_RETRY));
    }

    private static MatchRetryRecord toRow(PendingMatch p) {
        Match m = p.match();
        return new MatchRetryRecord(p.matchId(), m.white().value(), m.black().value(), m.pool().timeControl().initialMs(),
                m.pool().timeControl().incrementMs(), m.pool().mode() == GameMode.RATED, m.whiteRating(), m.blackRating(),
                m.whiteWaited().toNanos(), m.blackWaited().toNanos(), m.pairedAt(), p.failedAttempts(), p.nextAttemptAt(),
                p.lastFailure().map(PostgresMatchRetryQueue::shorten).orElse(null));
    }

    private static PendingMatch fromRow(MatchRetryRecord r) {
        MatchPool pool = new MatchPool(new TimeControl(r.getInitialMs(), r.getIncrementMs()), r.getRated() ? GameMode.RATED : GameMode.CASUAL);
        Match match = new Match(pool, new PlayerId(r.getWhiteId()), new PlayerId(r.getBlackId()), r.getWhiteRating(), r.getBlackRating(),
                Duration.ofNanos(r.getWhiteWaitedNs()), Duration.ofNanos(r.getBlackWaitedNs()), r.getPairedAt());
        return new PendingMatch(r.getMatchId(), match, r.getFailedAttempts(), r.getNextAttemptAt(), Optional.ofNullable(r.getLastFailure()));
    }

    private static String shorten(String failure) {
        return failure.length() <= MAX_FAILURE_TEXT ? failure : failure.substring(0, MAX_FAILURE_TEXT - 1) + "…";
    }
}
