package org.rookery.ports.out.notice;

import java.time.Instant;
import java.util.Objects;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;

/** What a player waiting in matchmaking is told about their match. Immutable. */
public sealed interface MatchNotice {

    String matchId();

    /** The game is ready: go and play it. */
    record GameReady(String matchId, String gameId, Color color, String opponent, TimeControl timeControl, boolean rated)
            implements MatchNotice {
        public GameReady {
            Objects.requireNonNull(matchId, "matchId");
            Objects.requireNonNull(gameId, "gameId");
            Objects.requireNonNull(color, "color");
            Objects.requireNonNull(opponent, "opponent");
            Objects.requireNonNull(timeControl, "timeControl");
        }
    }

    /** An opponent was found but the game cannot be created right now; it is retried from {@code nextAttemptAt}. */
    record GameDelayed(String matchId, String opponent, Instant nextAttemptAt) implements MatchNotice {
        public GameDelayed {
            Objects.requireNonNull(matchId, "matchId");
            Objects.requireNonNull(opponent, "opponent");
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        }
    }

    /** The live-game side refused the match's game for good; the player may join the queue again. */
    record MatchCancelled(String matchId, String reason) implements MatchNotice {
        public MatchCancelled {
            Objects.requireNonNull(matchId, "matchId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
