package org.rookery.application.rating;

import org.rookery.domain.rating.GlickoCalculator;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.RatingUpdate;
import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.ports.out.LeaderboardStore;
import org.rookery.ports.out.RatedSide;
import org.rookery.ports.out.RatingChange;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.StoredRating;

/**
 * Applies one rated result exactly once: reads both players' ratings, rates the game for each
 * (Glicko-2, the game as its own period), writes both ratings and the result's key in one
 * optimistic step (recomputing when a concurrent result got there first), then shows both players
 * on the pool's leaderboard. Thread-safe.
 */
final class ResultRecorder {
    private final RatingStore ratings;
    private final LeaderboardStore leaderboard;
    private final GlickoCalculator calculator;
    private final RatingSettings settings;

    ResultRecorder(RatingStore ratings, LeaderboardStore leaderboard, RatingSettings settings) {
        this.ratings = ratings;
        this.leaderboard = leaderboard;
        this.calculator = new GlickoCalculator(settings.glicko());
        this.settings = settings;
    }

    ResultRecording apply(FinishedGame game) {
        if (ratings.isApplied(game.key())) return new ResultRecording.AlreadyApplied(game.key());
        RatingPool pool = game.key().pool();
        for (int attempt = 0; attempt < settings.writeAttempts(); attempt++) {
            StoredRating white = ratings.find(game.white(), pool).orElse(null);
            StoredRating black = ratings.find(game.black(), pool).orElse(null);
            PlayerRating whiteBefore = current(white), blackBefore = current(black);
            PlayerRating whiteAfter = calculator.rateGame(whiteBefore, blackBefore, game.whiteScore(), game.playedAt());
            PlayerRating blackAfter = calculator.rateGame(blackBefore, whiteBefore, game.whiteScore().opposite(), game.playedAt());
            RatingChange change = new RatingChange(game.key(), new RatedSide(game.white(), version(white), whiteAfter),
                    new RatedSide(game.black(), version(black), blackAfter));
            switch (ratings.apply(change)) {
                case APPLIED -> {
                    show(pool, change.white());
                    show(pool, change.black());
                    return new ResultRecording.Applied(game.key(), new RatingUpdate(game.white(), whiteBefore, whiteAfter),
                            new RatingUpdate(game.black(), blackBefore, blackAfter));
                }
                case ALREADY_APPLIED -> {
                    return new ResultRecording.AlreadyApplied(game.key());
                }
                case STALE -> {
                    // a result of one of these players was written meanwhile: rate again from the new ratings
                }
            }
        }
        throw new RatingWriteConflictException(game.key(), settings.writeAttempts());
    }

    /** Shows the player's new rating, or takes them off the board while it is not established enough. */
    void show(RatingPool pool, RatedSide side) {
        long version = side.expectedVersion() + 1;
        if (side.after().deviation() <= settings.leaderboardMaxDeviation()) {
            leaderboard.place(pool, side.playerId(), side.after().rating(), version);
        } else {
            leaderboard.remove(pool, side.playerId(), version);
        }
    }

    private PlayerRating current(StoredRating stored) {
        return stored == null ? calculator.newcomer() : stored.rating();
    }

    private static long version(StoredRating stored) {
        return stored == null ? 0 : stored.version();
    }
}
