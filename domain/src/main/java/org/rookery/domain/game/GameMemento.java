package org.rookery.domain.game;

import java.time.Instant;
import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameResult;

/**
 * Every observable fact about a game as of its sequence number {@code seq}: what snapshots
 * store, what {@link Game#restore} rebuilds from, and what tests compare to prove that replay
 * gives the same game. The position is kept as the start FEN plus the moves, because the
 * repetition rules need the history. Immutable.
 */
public record GameMemento(
        String gameId,
        long seq,
        Lifecycle lifecycle,
        Instant createdAt,
        String createdBy,
        TimeControl timeControl,
        boolean rated,
        String initialFen,
        String white,
        String black,
        String fen,
        List<PlayedMove> moves,
        long whiteMs,
        long blackMs,
        Color turn,
        boolean clockRunning,
        long turnStartedAtMs,
        Color drawOfferBy,
        GameResult result,
        EndReason reason,
        List<AuditEntry> audit) {
    public GameMemento {
        moves = List.copyOf(moves);
        audit = List.copyOf(audit);
        if (seq < 1) throw new IllegalArgumentException("a memento needs at least the creation event");
    }
}
