package org.rookery.adapters.postgres;

import static org.jooq.impl.DSL.excluded;
import static org.rookery.adapters.postgres.schema.Tables.LEADERBOARD_ENTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.rookery.adapters.postgres.schema.tables.LeaderboardEntry;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.LeaderboardStore;

/**
 * The leaderboards in {@code leaderboard_entry}: one row per pool and player with the version
 * last placed or removed (a removal keeps the row with a null rating, so an older placement
 * cannot resurrect the player). Each write is one conditional upsert (newer version wins). Ranks
 * and pages read the partial index {@code leaderboard_order (pool, rating DESC, player_id)}: a
 * rank counts the index entries ahead of the player (index-only), a page skips {@code offset}
 * entries, so both cost O(rank) and O(offset) index steps rather than the port's O(log n) (see
 * docs/storage.md). Thread-safe.
 */
public final class PostgresLeaderboardStore implements LeaderboardStore {
    private static final LeaderboardEntry E = LEADERBOARD_ENTRY;
    private final Database db;

    PostgresLeaderboardStore(Database db) {
        this.db = db;
    }

    @Override
    public void place(RatingPool pool, String playerId, double rating, long version) {
        if (!Double.isFinite(rating)) throw new IllegalArgumentException("rating must be finite, got " + rating);
        db.read("place a player on a leaderboard", dsl -> upsert(dsl, pool, playerId, rating, version));
    }

    @Override
    public void remove(RatingPool pool, String playerId, long version) {
        db.read("take a player off a leaderboard", dsl -> upsert(dsl, pool, playerId, null, version));
    }

    @Override
    public OptionalLong rankOf(RatingPool pool, String playerId) {
        LeaderboardEntry me = E.as("me"), ahead = E.as("ahead");
        Condition isAhead = ahead.POOL.eq(me.POOL).and(ahead.RATING.isNotNull())
                .and(ahead.RATING.gt(me.RATING).or(ahead.RATING.eq(me.RATING).and(ahead.PLAYER_ID.lt(me.PLAYER_ID))));
        return db.read("read a rank", dsl -> dsl.select(dsl.selectCount().from(ahead).where(isAhead).asField())
                .from(me)
                .where(me.POOL.eq(pool.name()).and(me.PLAYER_ID.eq(playerId)).and(me.RATING.isNotNull()))
                .fetchOptional()
                .map(r -> OptionalLong.of(((Number) r.value1()).longValue() + 1))
                .orElse(OptionalLong.empty()));
    }

    @Override
    public List<org.rookery.ports.out.LeaderboardEntry> page(RatingPool pool, long offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
        if (limit == 0) return List.of();
        return db.read("read a leaderboard page", dsl -> {
            List<org.rookery.ports.out.LeaderboardEntry> page = new ArrayList<>(limit);
            long rank = offset;
            for (var r : dsl.select(E.PLAYER_ID, E.RATING).from(E)
                    .where(E.POOL.eq(pool.name()).and(E.RATING.isNotNull()))
                    .orderBy(E.RATING.desc(), E.PLAYER_ID.asc())
                    .limit(limit).offset(offset)
                    .fetch()) {
                page.add(new org.rookery.ports.out.LeaderboardEntry(++rank, r.value1(), r.value2()));
            }
            return page;
        });
    }

    @Override
    public long size(RatingPool pool) {
        return db.read("count a leaderboard", dsl -> (long) dsl.fetchCount(E, E.POOL.eq(pool.name()).and(E.RATING.isNotNull())));
    }

    @Override
    public void clear() {
        db.read("clear the leaderboards", dsl -> dsl.truncate(E).execute());
    }

    private static int upsert(DSLContext dsl, RatingPool pool, String playerId, Double rating, long version) {
        return dsl.insertInto(E, E.POOL, E.PLAYER_ID, E.RATING, E.VERSION)
                .values(pool.name(), playerId, rating, version)
                .onConflict(E.POOL, E.PLAYER_ID)
                .doUpdate()
                .set(E.RATING, excluded(E.RATING))
                .set(E.VERSION, excluded(E.VERSION))
                .where(E.VERSION.lt(excluded(E.VERSION)))
                .execute();
    }
}
