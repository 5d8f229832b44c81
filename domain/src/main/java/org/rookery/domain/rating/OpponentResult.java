package org.rookery.domain.rating;

/**
 * One game of a rating period as Glicko-2 needs it: the opponent's rating and RD at the start of
 * the period, and the score against them; immutable.
 *
 * @param opponentRating    the opponent's rating, finite
 * @param opponentDeviation the opponent's RD, positive
 * @param score             the result from the rated player's side
 */
public record OpponentResult(double opponentRating, double opponentDeviation, Score score) {

    public OpponentResult {
        InvalidRatingException.finite(opponentRating, "opponent rating");
        InvalidRatingException.positive(opponentDeviation, "opponent deviation");
        InvalidRatingException.require(score != null, "score is required");
    }

    /** A game against an opponent rated {@code opponent}. */
    public static OpponentResult against(PlayerRating opponent, Score score) {
        return new OpponentResult(opponent.rating(), opponent.deviation(), score);
    }
}
