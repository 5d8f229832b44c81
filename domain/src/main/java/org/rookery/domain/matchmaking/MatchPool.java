package org.rookery.domain.matchmaking;

import java.util.Optional;
import org.rookery.domain.rating.GameMode;
import org.rookery.domain.rating.RatingPool;
import org.rookery.domain.rating.TimeControl;

/**
 * A matchmaking pool: players wait and are paired per time control and mode (rated or casual);
 * immutable.
 *
 * @param timeControl the time control of the games this pool makes
 * @param mode        whether those games are rated
 */
public record MatchPool(TimeControl timeControl, GameMode mode) {

    public MatchPool {
        InvalidMatchmakingException.present(timeControl, "time control");
        InvalidMatchmakingException.present(mode, "game mode");
    }

    public static MatchPool rated(TimeControl timeControl) {
        return new MatchPool(timeControl, GameMode.RATED);
    }

    public static MatchPool casual(TimeControl timeControl) {
        return new MatchPool(timeControl, GameMode.CASUAL);
    }

    /** The rating pool this pool's games count in, or empty for a casual pool. */
    public Optional<RatingPool> ratingPool() {
        return RatingPool.forGame(timeControl, mode);
    }
}
