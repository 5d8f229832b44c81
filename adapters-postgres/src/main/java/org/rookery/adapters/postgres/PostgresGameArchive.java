package org.rookery.adapters.postgres;

import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.rookery.adapters.postgres.schema.Tables.ARCHIVED_GAME;
import static org.rookery.adapters.postgres.schema.Tables.ARCHIVED_GAME_PLAYER;
import static org.rookery.adapters.postgres.schema.Tables.GAME_CREATION_NOTE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.rookery.adapters.postgres.schema.tables.ArchivedGamePlayer;
import org.rookery.adapters.postgres.schema.tables.GameCreationNote;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;

/**
 * The history's archive in three tables: {@code game_creation_note} (games in progress),
 * {@code archived_game} (one row per finished game, PGN included) and {@code archived_game_player}
 * (the game again under each player, with what filters need). Archiving is one transaction: the
 * game's row ({@code ON CONFLICT DO NOTHING}: the first one stays, a racing second waits on the key
 * and finds it), then, only if it was new, both player rows, and the note goes. A page is one
 * keyset query on the player's rows ({@code (ended_at, game_id) < position}, newest first), joined
 * to the games; never {@code OFFSET}. Thread-safe.
 */
public final class PostgresGameArchive implements GameArchive {
    private static final GameCreationNote N = GAME_CREATION_NOTE;
    private static final org.rookery.adapters.postgres.schema.tables.ArchivedGame G = ARCHIVED_GAME;
    private static final ArchivedGamePlayer P = ARCHIVED_GAME_PLAYER;
    private final Database db;

    PostgresGameArchive(Database db) {
        this.db = db;
    }

    @Override
    public void noteCreated(String gameId, Instant createdAt) {
        requireId(gameId);
        if (createdAt == null) throw new IllegalArgumentException("createdAt is required");
        db.read("note a game's creation", dsl -> dsl.insertInto(N, N.GAME_ID, N.CREATED_AT)
                .select(select(val(gameId), val(createdAt)).whereNotExists(selectOne().from(G).where(G.GAME_ID.eq(gameId))))
                .onConflictDoNothing()
                .execute());
    }

    @Override
    public Optional<Instant> createdAt(String gameId) {
        return db.read("read a game's creation", dsl -> dsl.select(N.CREATED_AT).from(N).where(N.GAME_ID.eq(gameId))
                .fetchOptional(N.CREATED_AT));
    }

    @Override
    public void forgetUnfinished(String gameId) {
        db.read("forget an unfinished game", dsl -> dsl.deleteFrom(N).where(N.GAME_ID.eq(gameId)).execute());
    }

    @Override
    public boolean archive(ArchivedGame game) {
        return db.transactionRetryingOnce("archive a game", dsl -> {
            if (ArchiveRows.insertGame(dsl, game) == 0) return false;
            ArchiveRows.insertPlayers(dsl, game);
            dsl.deleteFrom(N).where(N.GAME_ID.eq(game.gameId())).execute();
            return true;
        });
    }

    @Override
    public Optional<ArchivedGame> find(String gameId) {
        return db.read("read an archived game", dsl -> dsl.selectFrom(G).where(G.GAME_ID.eq(gameId)).fetchOptional()
                .map(ArchiveRows::game));
    }

    @Override
    public List<ArchivedGame> page(String playerId, ArchiveFilter filter, Optional<ArchivePosition> after,
            int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive, got " + limit);
        Condition where = P.PLAYER_ID.eq(playerId).and(filtered(filter));
        if (after.isPresent()) where = where.and(row(P.ENDED_AT, P.GAME_ID).lt(after.get().endedAt(), after.get().gameId()));
        Condition condition = where;
        return db.read("read a player's games", dsl -> page(dsl, condition, limit));
    }

    private static List<ArchivedGame> page(DSLContext dsl, Condition where, int limit) {
        return dsl.select(G.fields()).from(P).join(G).on(G.GAME_ID.eq(P.GAME_ID))
                .where(where)
                .orderBy(P.ENDED_AT.desc(), P.GAME_ID.desc())
                .limit(limit)
                .fetch(r -> ArchiveRows.game(r.into(G)));
    }

    private static Condition filtered(ArchiveFilter filter) {
        Condition c = DSL.noCondition();
        if (filter.outcome().isPresent()) c = c.and(P.OUTCOME.eq(filter.outcome().get().name()));
        if (filter.result().isPresent()) c = c.and(P.RESULT.eq(filter.result().get().notation()));
        if (filter.pool().isPresent()) c = c.and(P.POOL.eq(filter.pool().get().name()));
        if (filter.timeControl().isPresent()) {
            c = c.and(P.INITIAL_MS.eq(filter.timeControl().get().initialMs())).and(P.INCREMENT_MS.eq(filter.timeControl().get().incrementMs()));
        }
        return c;
    }

    private static void requireId(String gameId) {
        if (gameId == null || gameId.isBlank()) throw new IllegalArgumentException("gameId must not be blank");
    }
}
