package org.rookery.adapters.postgres;

import static org.rookery.adapters.postgres.schema.Tables.RATING;
import static org.rookery.adapters.postgres.schema.Tables.RATING_HISTORY;
import static org.rookery.adapters.postgres.schema.Tables.RATING_RESULT;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.RatedSide;
import org.rookery.ports.out.RatingChange;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.RatingWriteResult;
import org.rookery.ports.out.ResultKey;
import org.rookery.ports.out.StoredRating;

/**
 * Ratings ({@code rating}), applied results ({@code rating_result}, primary key (game_id, pool))
 * and the rating history ({@code rating_history}), written in one transaction per result: the
 * result's key first (a second application finds it and writes nothing), then each player's row
 * from its expected version (a row that moved on makes the change stale and rolls it all back),
 * then both history rows. Players' rows are locked in id order, so two results never deadlock.
 * Thread-safe.
 */
public final class PostgresRatingStore implements RatingStore {
    private static final int PAGE = 1_000;
    private final Database db;

    PostgresRatingStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<StoredRating> find(String playerId, RatingPool pool) {
        return db.read("read a rating", dsl -> dsl.selectFrom(RATING).where(RATING.PLAYER_ID.eq(playerId).and(RATING.POOL.eq(pool.name())))
                .fetchOptional(PostgresRatingStore::stored));
    }

    @Override
    public Map<RatingPool, StoredRating> findAll(String playerId) {
        return db.read("read a player's ratings", dsl -> {
            Map<RatingPool, StoredRating> found = new EnumMap<>(RatingPool.class);
            dsl.selectFrom(RATING).where(RATING.PLAYER_ID.eq(playerId)).forEach(r -> found.put(RatingPool.valueOf(r.getPool()), stored(r)));
            return found;
        });
    }

    @Override
    public boolean isApplied(ResultKey key) {
        return db.read("read a result key", dsl -> dsl.fetchExists(RATING_RESULT,
                RATING_RESULT.GAME_ID.eq(key.gameId()).and(RATING_RESULT.POOL.eq(key.pool().name()))));
    }

    @Override
    public RatingWriteResult apply(RatingChange change) {
        try {
            return db.transactionRetryingOnce("apply a rating change", dsl -> {
                String pool = change.key().pool().name();
                int keyed = dsl.insertInto(RATING_RESULT, RATING_RESULT.GAME_ID, RATING_RESULT.POOL, RATING_RESULT.WHITE_ID, RATING_RESULT.BLACK_ID)
                        .values(change.key().gameId(), pool, change.white().playerId(), change.black().playerId())
                        .onConflictDoNothing()
                        .execute();
                if (keyed == 0) throw new RollbackException(RatingWriteResult.ALREADY_APPLIED);
                List<RatedSide> sides = List.of(change.white(), change.black()).stream().sorted(Comparator.comparing(RatedSide::playerId)).toList();
                for (RatedSide side : sides) {
                    if (!write(dsl, pool, side)) throw new RollbackException(RatingWriteResult.STALE);
                }
                for (RatedSide side : sides) history(dsl, change.key().gameId(), pool, side);
                return RatingWriteResult.APPLIED;
            });
        } catch (RollbackException outcome) {
            return outcome.answer();
        }
    }

    @Override
    public void forEachRating(RatingPool pool, BiConsumer<String, StoredRating> action) {
        String after = "";
        while (true) { // pages by player id, outside any transaction: the action may call back into the store
            String from = after;
            var page = db.read("read a pool's ratings", dsl -> dsl.selectFrom(RATING)
                    .where(RATING.POOL.eq(pool.name()).and(RATING.PLAYER_ID.gt(from)))
                    .orderBy(RATING.PLAYER_ID).limit(PAGE).fetch());
            page.forEach(r -> action.accept(r.getPlayerId(), stored(r)));
            if (page.size() < PAGE) return;
            after = page.getLast().getPlayerId();
        }
    }

    @Override
    public long appliedCount() {
        return db.read("count applied results", dsl -> (long) dsl.fetchCount(RATING_RESULT));
    }

    @Override
    public void deleteAll() {
        db.transaction("delete every rating", dsl -> dsl.truncate(RATING_HISTORY).execute() + dsl.truncate(RATING_RESULT).execute()
                + dsl.truncate(RATING).execute());
    }

    /** Writes the side's new rating if its row is still at the expected version (none for version 0). */
    private static boolean write(DSLContext dsl, String pool, RatedSide side) {
        PlayerRating r = side.after();
        long next = side.expectedVersion() + 1;
        if (side.expectedVersion() == 0) {
            return dsl.insertInto(RATING, RATING.PLAYER_ID, RATING.POOL, RATING.RATING_, RATING.DEVIATION, RATING.VOLATILITY, RATING.GAMES_PLAYED,
                            RATING.LAST_PLAYED, RATING.VERSION)
                    .values(side.playerId(), pool, r.rating(), r.deviation(), r.volatility(), r.gamesPlayed(), r.lastPlayed(), next)
                    .onConflictDoNothing()
                    .execute() == 1;
        }
        return dsl.update(RATING)
                .set(RATING.RATING_, r.rating()).set(RATING.DEVIATION, r.deviation()).set(RATING.VOLATILITY, r.volatility())
                .set(RATING.GAMES_PLAYED, r.gamesPlayed()).set(RATING.LAST_PLAYED, r.lastPlayed()).set(RATING.VERSION, next)
                .where(RATING.PLAYER_ID.eq(side.playerId()).and(RATING.POOL.eq(pool)).and(RATING.VERSION.eq(side.expectedVersion())))
                .execute() == 1;
    }

    private static void history(DSLContext dsl, String gameId, String pool, RatedSide side) {
        PlayerRating r = side.after();
        dsl.insertInto(RATING_HISTORY, RATING_HISTORY.PLAYER_ID, RATING_HISTORY.POOL, RATING_HISTORY.VERSION, RATING_HISTORY.GAME_ID,
                        RATING_HISTORY.RATING, RATING_HISTORY.DEVIATION, RATING_HISTORY.VOLATILITY, RATING_HISTORY.GAMES_PLAYED, RATING_HISTORY.PLAYED_AT)
                .values(side.playerId(), pool, side.expectedVersion() + 1, gameId, r.rating(), r.deviation(), r.volatility(), r.gamesPlayed(),
                        r.lastPlayed())
                .execute();
    }

    private static StoredRating stored(Record r) {
        PlayerRating rating = new PlayerRating(r.get(RATING.RATING_), r.get(RATING.DEVIATION), r.get(RATING.VOLATILITY), r.get(RATING.GAMES_PLAYED),
                r.get(RATING.LAST_PLAYED));
        return new StoredRating(rating, r.get(RATING.VERSION));
    }
}
