package org.rookery.domain.game;

import java.time.Instant;
import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.ClockView;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameResult;

/**
 * The game object of API.md at one instant: players, position, UCI moves, last sequence number,
 * clocks as of that instant, result and reason (null while undecided), plus the pending draw
 * offer. Immutable.
 */
public record GameView(
        String gameId,
        Lifecycle status,
        String white,
        String black,
        String fen,
        List<String> moves,
        long seq,
        ClockView clock,
        GameResult result,
        EndReason reason,
        TimeControl timeControl,
        boolean rated,
        Instant createdAt,
        Color drawOfferBy) {
    public GameView {
        moves = List.copyOf(moves);
    }
}
