package org.rookery.application.rating;

import java.time.Instant;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;
import org.rookery.domain.rating.Score;
import org.rookery.domain.rating.TimeControl;
import org.rookery.ports.out.ResultKey;

/**
 * A rated result as the rating service needs it, whichever path brought it: the key, both
 * players, White's score and when it was played. Both paths build it here, so the same game
 * gives the same value. Immutable.
 */
record FinishedGame(ResultKey key, String white, String black, Score whiteScore, Instant playedAt) {

    /** A rated game's result from its {@code GameEnded} event, played at the event's instant. */
    static FinishedGame of(EventEnvelope envelope, GameEnded ended) {
        return new FinishedGame(new ResultKey(envelope.gameId(), poolOf(ended.timeControl())), ended.white(), ended.black(),
                whiteScore(ended.result()), envelope.occurredAt());
    }

    /**
     * The rating pool of a live game's time control. The game core's time control (bounded for
     * play) and the rating domain's (any Fischer control, for classification) stay separate types;
     * every valid game time control is a valid rating one, so this conversion cannot fail.
     */
    static RatingPool poolOf(org.rookery.domain.clock.TimeControl timeControl) {
        return RatingPool.of(new TimeControl(timeControl.initialMs(), timeControl.incrementMs()));
    }

    static Score whiteScore(GameResult result) {
        return switch (result) {
            case WHITE_WINS -> Score.WIN;
            case BLACK_WINS -> Score.LOSS;
            case DRAW -> Score.DRAW;
        };
    }
}
