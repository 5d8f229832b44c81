package org.rookery.domain.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.ClockReading;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameResult;

/**
 * A game as of its last command, for readers that must not wait for the game's writers: it holds
 * the stored clock, so {@link #view(Instant)} shows the running clock at any later instant, and
 * {@link #pgn()} writes the game so far. Cheap to take after every command (the moves are shared,
 * not copied). Immutable.
 */
public record GameReadView(
        String gameId,
        Lifecycle status,
        String white,
        String black,
        String initialFen,
        String fen,
        List<PlayedMove> moves,
        long seq,
        ClockReading clock,
        GameResult result,
        EndReason reason,
        TimeControl timeControl,
        boolean rated,
        Instant createdAt,
        Color drawOfferBy) {

    /** The API's game object at {@code now}. */
    public GameView view(Instant now) {
        List<String> uci = new ArrayList<>(moves.size());
        for (PlayedMove m : moves) uci.add(m.uci());
        return new GameView(gameId, status, white, black, fen, uci, seq, clock.view(now.toEpochMilli()), result, reason, timeControl,
                rated, createdAt, drawOfferBy);
    }

    /** The game so far in PGN ({@code *} as the result while it is undecided). */
    public String pgn() {
        return GamePgn.of(this, result == null ? "*" : result.notation(), reason);
    }
}
