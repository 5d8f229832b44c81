package org.rookery.domain.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rookery.domain.rating.internal.Glicko2Period;

/**
 * The Glicko-2 rating system of Mark Glickman ("Example of the Glicko-2 system", 2013), with
 * Lichess-style per-game updates and inactivity; immutable and thread-safe.
 *
 * <p>Rating periods are handled in two ways:
 * <ul>
 *   <li>{@link #ratePeriod} is the published algorithm: all games of one rating period at once,
 *       against the opponents' ratings at the start of the period, and one period's worth of RD
 *       growth (step 6: φ* = √(φ² + σ'²)). A player without games only gets that growth.</li>
 *   <li>{@link #rateGame} treats each game as its own rating period, as Lichess does. Its length
 *       is the time since the player's previous rated game, measured in rating periods
 *       (n = elapsed / {@link GlickoConfig#ratingPeriod()}, fractional), so step 6 becomes
 *       φ* = √(φ² + n·σ'²). The opponent's RD is taken as of the game ({@link #asOf}). A first game
 *       has no inactivity to add (n = 0), nor does a game older than the player's last one.</li>
 * </ul>
 * Between games the RD grows with inactivity as √(φ² + n·σ²) ({@link #asOf}). Every RD is capped at
 * {@link GlickoConfig#maxDeviation()}.
 */
public final class GlickoCalculator {

    private final GlickoConfig config;
    private final Glicko2Period period;

    public GlickoCalculator(GlickoConfig config) {
        this.config = config;
        this.period = new Glicko2Period(config.tau(), config.convergenceTolerance(),
                Glicko2Period.toPhi(config.maxDeviation()));
    }

    public GlickoConfig config() {
        return config;
    }

    /** The rating of someone who has never played. */
    public PlayerRating newcomer() {
        return config.newcomer();
    }

    /**
     * Rates one whole rating period, exactly as published: the player's rating after the games of
     * the period (possibly none) that ended at {@code periodEnd}.
     */
    public PlayerRating ratePeriod(PlayerRating player, List<OpponentResult> games, Instant periodEnd) {
        double phi = Glicko2Period.toPhi(player.deviation());
        if (games.isEmpty()) {
            return player.withDeviation(Glicko2Period.toDeviation(period.grow(phi, player.volatility(), 1)));
        }
        List<Glicko2Period.Opponent> opponents = new ArrayList<>(games.size());
        for (OpponentResult game : games) {
            opponents.add(new Glicko2Period.Opponent(Glicko2Period.toMu(game.opponentRating()),
                    Glicko2Period.toPhi(game.opponentDeviation()), game.score().points()));
        }
        Glicko2Period.Result result = period.rate(Glicko2Period.toMu(player.rating()), phi, player.volatility(), opponents, 1);
        return updated(player, result, games.size(), periodEnd);
    }

    /**
     * Rates one game as its own rating period: the player's rating after scoring {@code score}
     * against {@code opponent} at {@code playedAt}. Both sides are rated from their ratings before
     * the game; call it once for each.
     */
    public PlayerRating rateGame(PlayerRating player, PlayerRating opponent, Score score, Instant playedAt) {
        PlayerRating opponentThen = asOf(opponent, playedAt);
        var game = new Glicko2Period.Opponent(Glicko2Period.toMu(opponentThen.rating()),
                Glicko2Period.toPhi(opponentThen.deviation()), score.points());
        Glicko2Period.Result result = period.rate(Glicko2Period.toMu(player.rating()),
                Glicko2Period.toPhi(player.deviation()), player.volatility(), List.of(game), elapsedPeriods(player, playedAt));
        return updated(player, result, 1, playedAt);
    }

    /** The rating as of {@code now}: its RD grown by the inactivity since the last game, √(φ² + n·σ²), capped. */
    public PlayerRating asOf(PlayerRating player, Instant now) {
        double n = elapsedPeriods(player, now);
        if (n == 0) {
            return player;
        }
        double phi = period.grow(Glicko2Period.toPhi(player.deviation()), player.volatility(), n);
        return player.withDeviation(Glicko2Period.toDeviation(phi));
    }

    /** Whether the rating is provisional at {@code now}: its RD, grown by inactivity, is above the provisional threshold. */
    public boolean isProvisional(PlayerRating player, Instant now) {
        return asOf(player, now).deviation() > config.provisionalDeviation();
    }

    /** Rating periods from the player's last game to {@code now}; 0 if there was none or it is later. */
    double elapsedPeriods(PlayerRating player, Instant now) {
        if (player.lastPlayed() == null || !now.isAfter(player.lastPlayed())) {
            return 0;
        }
        return seconds(Duration.between(player.lastPlayed(), now)) / seconds(config.ratingPeriod());
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    private static PlayerRating updated(PlayerRating player, Glicko2Period.Result result, int games, Instant playedAt) {
        Instant last = player.lastPlayed() == null || playedAt.isAfter(player.lastPlayed()) ? playedAt : player.lastPlayed();
        return new PlayerRating(Glicko2Period.toRating(result.rating()), Glicko2Period.toDeviation(result.deviation()),
                result.volatility(), player.gamesPlayed() + games, last);
    }
}
