package org.rookery.adapters.postgres;

import static org.rookery.adapters.postgres.schema.Tables.ARCHIVED_GAME;
import static org.rookery.adapters.postgres.schema.Tables.ARCHIVED_GAME_PLAYER;

import org.jooq.DSLContext;
import org.rookery.adapters.postgres.schema.tables.records.ArchivedGameRecord;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameResult;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.PlayerOutcome;

/** The mapping between an {@link ArchivedGame} and its rows in {@code archived_game} and {@code archived_game_player}. Stateless. */
final class ArchiveRows {
    private ArchiveRows() {}

    /** Inserts the game's row unless one with its id exists; returns the rows inserted (0 or 1). */
    static int insertGame(DSLContext dsl, ArchivedGame g) {
        var G = ARCHIVED_GAME;
        return dsl.insertInto(G).set(G.GAME_ID, g.gameId()).set(G.WHITE_ID, g.white()).set(G.BLACK_ID, g.black())
                .set(G.RESULT, g.result().notation()).set(G.REASON, g.reason().wireName()).set(G.RATED, g.rated())
                .set(G.INITIAL_MS, g.timeControl().initialMs()).set(G.INCREMENT_MS, g.timeControl().incrementMs())
                .set(G.CREATED_AT, g.createdAt()).set(G.ENDED_AT, g.endedAt()).set(G.LAST_SEQ, g.seq())
                .set(G.WHITE_MS, g.whiteMs()).set(G.BLACK_MS, g.blackMs()).set(G.PLIES, g.plies()).set(G.PGN, g.pgn())
                .onConflictDoNothing()
                .execute();
    }

    /** Inserts the game under each of its players, in one statement. */
    static void insertPlayers(DSLContext dsl, ArchivedGame g) {
        var P = ARCHIVED_GAME_PLAYER;
        String pool = g.pool().name();
        dsl.insertInto(P, P.PLAYER_ID, P.ENDED_AT, P.GAME_ID, P.COLOR, P.OUTCOME, P.RESULT, P.POOL, P.INITIAL_MS, P.INCREMENT_MS)
                .values(g.white(), g.endedAt(), g.gameId(), "white", PlayerOutcome.of(g.result(), true).name(), g.result().notation(), pool,
                        g.timeControl().initialMs(), g.timeControl().incrementMs())
                .values(g.black(), g.endedAt(), g.gameId(), "black", PlayerOutcome.of(g.result(), false).name(), g.result().notation(), pool,
                        g.timeControl().initialMs(), g.timeControl().incrementMs())
                .execute();
    }

    static ArchivedGame game(ArchivedGameRecord r) {
        return new ArchivedGame(r.getGameId(), r.getWhiteId(), r.getBlackId(), GameResult.fromNotation(r.getResult()),
                EndReason.fromWireName(r.getReason()), r.getRated(), new TimeControl(r.getInitialMs(), r.getIncrementMs()),
                r.getCreatedAt(), r.getEndedAt(), r.getLastSeq(), r.getWhiteMs(), r.getBlackMs(), r.getPlies(), r.getPgn());
    }
}
