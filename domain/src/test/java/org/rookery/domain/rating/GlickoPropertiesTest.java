package org.rookery.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of Glicko-2 checked over many seeded random players, opponents, τ and gaps in time.
 * Each test collects every violating case and asserts there are none, so a failure lists them all.
 */
class GlickoPropertiesTest {

    private static final int CASES = 10_000;
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final SplittableRandom random = new SplittableRandom(20_250_301);
    private final List<String> violations = new ArrayList<>();

    @Test
    void a_win_never_lowers_a_rating_and_a_loss_never_raises_it() {
        for (int i = 0; i < CASES; i++) {
            GlickoCalculator calculator = randomCalculator();
            PlayerRating player = randomRating();
            PlayerRating opponent = randomRating();
            Instant playedAt = afterBoth(player, opponent);

            PlayerRating afterWin = calculator.rateGame(player, opponent, Score.WIN, playedAt);
            PlayerRating afterLoss = calculator.rateGame(player, opponent, Score.LOSS, playedAt);

            check(afterWin.rating() >= player.rating(), "win lowered", player, opponent, afterWin);
            check(afterLoss.rating() <= player.rating(), "loss raised", player, opponent, afterLoss);
            checkSane(calculator, afterWin);
            checkSane(calculator, afterLoss);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void a_period_of_only_wins_never_lowers_a_rating_and_only_losses_never_raise_it() {
        for (int i = 0; i < CASES / 5; i++) {
            GlickoCalculator calculator = randomCalculator();
            PlayerRating player = randomRating();
            List<OpponentResult> wins = new ArrayList<>();
            List<OpponentResult> losses = new ArrayList<>();
            for (int game = 1 + random.nextInt(12); game > 0; game--) {
                PlayerRating opponent = randomRating();
                wins.add(OpponentResult.against(opponent, Score.WIN));
                losses.add(OpponentResult.against(opponent, Score.LOSS));
            }

            PlayerRating afterWins = calculator.ratePeriod(player, wins, T0);
            PlayerRating afterLosses = calculator.ratePeriod(player, losses, T0);

            check(afterWins.rating() >= player.rating(), "wins lowered", player, wins, afterWins);
            check(afterLosses.rating() <= player.rating(), "losses raised", player, losses, afterLosses);
            checkSane(calculator, afterWins);
            checkSane(calculator, afterLosses);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void a_draw_between_near_equals_changes_ratings_by_at_most_a_point() {
        for (int i = 0; i < CASES; i++) {
            GlickoCalculator calculator = randomCalculator();
            double rating = random.nextDouble(400, 3200);
            PlayerRating player = new PlayerRating(rating, random.nextDouble(30, 100), random.nextDouble(0.03, 0.09), 100, T0);
            PlayerRating opponent = new PlayerRating(rating + random.nextDouble(-5, 5), random.nextDouble(30, 100),
                    random.nextDouble(0.03, 0.09), 100, T0);

            PlayerRating after = calculator.rateGame(player, opponent, Score.DRAW, T0);

            check(Math.abs(after.rating() - rating) <= 1.0, "draw moved more than a point", player, opponent, after);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void a_draw_between_equal_ratings_changes_neither() {
        for (int i = 0; i < CASES; i++) {
            GlickoCalculator calculator = randomCalculator();
            PlayerRating player = randomRating();
            PlayerRating opponent = new PlayerRating(player.rating(), random.nextDouble(30, 350), random.nextDouble(0.03, 0.15),
                    1, T0.minus(Duration.ofDays(random.nextInt(1000))));

            PlayerRating after = calculator.rateGame(player, opponent, Score.DRAW, afterBoth(player, opponent));

            check(Math.abs(after.rating() - player.rating()) < 1e-9, "draw between equals moved", player, opponent, after);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void random_periods_and_inactivity_keep_deviation_and_volatility_in_range() {
        for (int i = 0; i < CASES / 5; i++) {
            GlickoCalculator calculator = randomCalculator();
            PlayerRating player = randomRating();
            List<OpponentResult> games = new ArrayList<>();
            for (int game = random.nextInt(15); game > 0; game--) {
                games.add(OpponentResult.against(randomRating(), Score.values()[random.nextInt(3)]));
            }

            checkSane(calculator, calculator.ratePeriod(player, games, T0));
            checkSane(calculator, calculator.asOf(player, T0.plus(Duration.ofDays(random.nextInt(20_000)))));
        }
        assertThat(violations).isEmpty();
    }

    private void checkSane(GlickoCalculator calculator, PlayerRating rating) {
        check(Double.isFinite(rating.rating()), "rating not finite", rating);
        check(rating.deviation() > 0 && rating.deviation() <= calculator.config().maxDeviation(), "RD out of range", rating);
        check(rating.volatility() > 0 && Double.isFinite(rating.volatility()), "volatility out of range", rating);
    }

    private void check(boolean holds, String what, Object... context) {
        if (!holds) {
            violations.add(what + ": " + List.of(context));
        }
    }

    private GlickoCalculator randomCalculator() {
        return new GlickoCalculator(GlickoConfig.defaults().withTau(random.nextDouble(0.2, 1.2))
                .withRatingPeriod(Duration.ofHours(1 + random.nextInt(24 * 30))));
    }

    /** Anything from a beginner to a world champion, settled or not, active or long gone. */
    private PlayerRating randomRating() {
        double rating = random.nextDouble(400, 3200);
        double deviation = random.nextDouble(30, 350);
        double volatility = random.nextDouble(0.03, 0.15);
        if (random.nextInt(10) == 0) {
            return PlayerRating.unplayed(rating, deviation, volatility);
        }
        Instant lastPlayed = T0.minus(Duration.ofMinutes(random.nextLong(0, 60L * 24 * 3650)));
        return new PlayerRating(rating, deviation, volatility, 1 + random.nextInt(5_000), lastPlayed);
    }

    private static Instant afterBoth(PlayerRating a, PlayerRating b) {
        Instant latest = T0.minus(Duration.ofDays(3650));
        for (PlayerRating rating : List.of(a, b)) {
            if (rating.lastPlayed() != null && rating.lastPlayed().isAfter(latest)) {
                latest = rating.lastPlayed();
            }
        }
        return latest.plusSeconds(30);
    }
}
