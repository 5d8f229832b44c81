package org.rookery.ports.out;

import java.util.Objects;
import java.util.Optional;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;

/**
 * Which of a player's archived games to list; every part is optional and they combine: the
 * player's outcome (won, lost, drawn), the game's result as written ({@code 1-0}), the speed pool
 * of its time control (blitz…, whether or not the game was rated) and its exact time control.
 * Immutable.
 */
public record ArchiveFilter(Optional<PlayerOutcome> outcome, Optional<GameResult> result, Optional<RatingPool> pool,
        Optional<TimeControl> timeControl) {
    /** Every game. */
    public static final ArchiveFilter ANY = new ArchiveFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ArchiveFilter {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(timeControl, "timeControl");
    }

    public ArchiveFilter withOutcome(PlayerOutcome o) {
        return new ArchiveFilter(Optional.of(o), result, pool, timeControl);
    }

    public ArchiveFilter withResult(GameResult r) {
        return new ArchiveFilter(outcome, Optional.of(r), pool, timeControl);
    }

    public ArchiveFilter withPool(RatingPool p) {
        return new ArchiveFilter(outcome, result, Optional.of(p), timeControl);
    }

    public ArchiveFilter withTimeControl(TimeControl tc) {
        return new ArchiveFilter(outcome, result, pool, Optional.of(tc));
    }

    /** Whether {@code game}, seen from {@code playerId}'s side, passes (false when the player did not play it). */
    public boolean matches(ArchivedGame game, String playerId) {
        Optional<PlayerOutcome> mine = game.outcomeFor(playerId);
        if (mine.isEmpty()) return false;
        return outcome.map(mine.get()::equals).orElse(true)
                && result.map(game.result()::equals).orElse(true)
                && pool.map(game.pool()::equals).orElse(true)
                && timeControl.map(game.timeControl()::equals).orElse(true);
    }
}
