package org.rookery.ports.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;

/**
 * A finished game as the history keeps it: both players, result and why, rated or not, time
 * control, when it was created (null when the history never saw its creation) and when it ended,
 * the seq of its last event, both final clocks, the number of half-moves and the PGN, which holds
 * the moves and the start position. Aborted games are never archived. Immutable.
 */
public record ArchivedGame(String gameId, String white, String black, GameResult result, EndReason reason, boolean rated,
        TimeControl timeControl, Instant createdAt, Instant endedAt, long seq, long whiteMs, long blackMs, int plies, String pgn) {

    public ArchivedGame {
        requireText(gameId, "gameId");
        requireText(white, "white");
        requireText(black, "black");
        if (white.equals(black)) throw new IllegalArgumentException("white and black must be different players");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        if (reason == EndReason.ABORTED) throw new IllegalArgumentException("an aborted game has no result and is not archived");
        Objects.requireNonNull(timeControl, "timeControl");
        Objects.requireNonNull(endedAt, "endedAt");
        if (createdAt != null && createdAt.isAfter(endedAt)) throw new IllegalArgumentException("a game cannot end before it was created");
        if (seq < 1) throw new IllegalArgumentException("seq starts at 1, got " + seq);
        if (whiteMs < 0 || blackMs < 0) throw new IllegalArgumentException("clocks cannot be negative");
        if (plies < 0) throw new IllegalArgumentException("plies cannot be negative");
        requireText(pgn, "pgn");
    }

    /** Where the game stands in its players' archives. */
    public ArchivePosition position() {
        return new ArchivePosition(endedAt, gameId);
    }

    /** The speed pool of its time control, rated or not. */
    public RatingPool pool() {
        return RatingPool.of(new org.rookery.domain.rating.TimeControl(timeControl.initialMs(), timeControl.incrementMs()));
    }

    /** The result from {@code playerId}'s side, empty when they did not play the game. */
    public Optional<PlayerOutcome> outcomeFor(String playerId) {
        if (white.equals(playerId)) return Optional.of(PlayerOutcome.of(result, true));
        if (black.equals(playerId)) return Optional.of(PlayerOutcome.of(result, false));
        return Optional.empty();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }
}
