package org.rookery.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of Glicko-2 checked over many seeded random players, opponents and gaps in time. */
class GlickoPropertiesTest {

    private static final int CASES = 10_000;
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final SplittableRandom random = new SplittableRandom(20_250_301);

    @Test
    void a_win_never_lowers_a_rating_and_a_loss_never_raises_it() {
        for (int i = 0; i < CASES; i++) {
            GlickoCalculator calculator = randomCalculator();
            PlayerRating player = randomRating();
            PlayerRating opponent = randomRating();
            Instant playedAt = later(player, opponent);

            PlayerRating afterWin = calculator.rateGame(player, opponent, Score.WIN, playedAt);
            PlayerRating afterLoss = calculator.rateGame(player, opponent, Score.LOSS, playedAt);

            assertThat(afterWin.rating()).as("win of %s against %s", player, opponent).isGreaterThanOrEqualTo(player.rating());
            assertThat(afterLoss.rating()).as("loss of %s against %s", player, opponent).isLessThanOrEqualTo(player.rating());
            assertSane(calculator, afterWin);
            assertSane(calculator, afterLoss);
        }
    }

    @Test
    void a_period_of_only_wins_never_lowers_a_rating_and_only_losses_never_raise_it() {
        for (int i = 0; i < CASES / 10; i++) {
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

            assertThat(afterWins.rating()).isGreaterThanOrEqualTo(player.rating());
            assertThat(afterLosses.rating()).isLessThanOrEqualTo(player.rating());
            assertSane(calculator, afterWins);
            assertSane(calculator, afterLosses);
        }
    }

    @Test
    void a_draw_between_equals_changes_ratings_little() {
        for (int i = 0; i < CASES; i++) {
            GlickoCalculator calculator = randomCalculator();
            double rating = random.nextDouble(400, 3200);
            PlayerRating settled = new PlayerRating(rating, random.nextDouble(30, 100), random.nextDouble(0.03, 0.09), 100, T0);
            PlayerRating opponent = new PlayerRating(rating + random.nextDouble(-5, 5), random.nextDouble(30, 100),
                    random.nextDouble(0.03, 0.09), 100, T0);

            double change = calculator.rateGame(settled, opponent, Score.DRAW, T0).rating() - rating;

            assertThat(Math.abs(change)).as("draw of %s against %s", settled, opponent).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void a_draw_between_identical_ratings_changes_neither() {
        for (int i = 0; i < CASES; i++) {
            GlickoCalculator calculator = randomCalculator();
            PlayerRating player = randomRating();

            PlayerRating after = calculator.rateGame(player, player, Score.DRAW, later(player, player));

            assertThat(after.rating()).isCloseTo(player.rating(), within(1e-9));
        }
    }

    @Test
    void random_periods_keep_deviation_and_volatility_in_range() {
        for (int i = 0; i < CASES / 10; i++) {
            GlickoCalculator calculator = randomCalculator();
            PlayerRating player = randomRating();
            List<OpponentResult> games = new ArrayList<>();
            for (int game = random.nextInt(15); game > 0; game--) {
                games.add(OpponentResult.against(randomRating(), Score.values()[random.nextInt(3)]));
            }

            assertSane(calculator, calculator.ratePeriod(player, games, T0));
            assertSane(calculator, calculator.asOf(player, T0.plus(Duration.ofDays(random.nextInt(20_000)))));
        }
    }

    private void assertSane(GlickoCalculator calculator, PlayerRating rating) {
        assertThat(rating.rating()).as("rating of %s", rating).isFinite();
        assertThat(rating.deviation()).as("RD of %s", rating).isPositive().isLessThanOrEqualTo(calculator.config().maxDeviation());
        assertThat(rating.volatility()).as("volatility of %s", rating).isPositive().isFinite();
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

    private static Instant later(PlayerRating a, PlayerRating b) {
        Instant latest = T0.minus(Duration.ofDays(3650));
        for (PlayerRating rating : List.of(a, b)) {
            if (rating.lastPlayed() != null && rating.lastPlayed().isAfter(latest)) {
                latest = rating.lastPlayed();
            }
        }
        return latest.plusSeconds(30);
    }
}
