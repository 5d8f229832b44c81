package org.rookery.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlickoCalculatorTest {

    private static final double SCALE = 173.7178;
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration PERIOD = Duration.ofDays(1);

    private final GlickoCalculator calculator = new GlickoCalculator(GlickoConfig.defaults().withRatingPeriod(PERIOD));

    @Test
    void reproduces_glickmans_published_example_as_one_rating_period() {
        var glickman = new GlickoCalculator(GlickoConfig.defaults().withTau(0.5));
        PlayerRating player = PlayerRating.unplayed(1500, 200, 0.06);

        PlayerRating after = glickman.ratePeriod(player, List.of(
                new OpponentResult(1400, 30, Score.WIN),
                new OpponentResult(1550, 100, Score.LOSS),
                new OpponentResult(1700, 300, Score.LOSS)), T0);

        assertThat(after.rating()).isCloseTo(1464.06, within(0.01));
        assertThat(after.deviation()).isCloseTo(151.52, within(0.01));
        assertThat(after.volatility()).isCloseTo(0.05999, within(0.00001));
        assertThat(after.gamesPlayed()).isEqualTo(3);
        assertThat(after.lastPlayed()).isEqualTo(T0);
    }

    @Test
    void a_period_without_games_grows_only_the_deviation_by_one_period() {
        PlayerRating player = new PlayerRating(1720, 200, 0.06, 12, T0);

        PlayerRating after = calculator.ratePeriod(player, List.of(), T0.plus(PERIOD));

        assertThat(after.deviation()).isCloseTo(Math.hypot(200, 0.06 * SCALE), within(1e-9));
        assertThat(after.rating()).isEqualTo(1720);
        assertThat(after.volatility()).isEqualTo(0.06);
        assertThat(after.gamesPlayed()).isEqualTo(12);
        assertThat(after.lastPlayed()).isEqualTo(T0);
    }

    @Test
    void deviation_grows_with_the_square_root_of_inactive_periods() {
        PlayerRating player = new PlayerRating(1800, 60, 0.06, 40, T0);

        double afterTenPeriods = calculator.asOf(player, T0.plus(PERIOD.multipliedBy(10))).deviation();
        double afterHalfAPeriod = calculator.asOf(player, T0.plus(PERIOD.dividedBy(2))).deviation();

        assertThat(afterTenPeriods).isCloseTo(SCALE * Math.sqrt(Math.pow(60 / SCALE, 2) + 10 * 0.06 * 0.06), within(1e-9));
        assertThat(afterHalfAPeriod).isCloseTo(SCALE * Math.sqrt(Math.pow(60 / SCALE, 2) + 0.5 * 0.06 * 0.06), within(1e-9));
        assertThat(calculator.asOf(player, T0).deviation()).isEqualTo(60);
    }

    @Test
    void inactivity_never_grows_the_deviation_above_the_maximum() {
        PlayerRating player = new PlayerRating(1800, 60, 0.06, 40, T0);

        PlayerRating decades = calculator.asOf(player, T0.plus(Duration.ofDays(365L * 80)));

        assertThat(decades.deviation()).isEqualTo(350);
        assertThat(decades.rating()).isEqualTo(1800);
    }

    @Test
    void a_game_one_period_after_the_last_equals_a_one_game_rating_period() {
        PlayerRating player = new PlayerRating(1610, 90, 0.06, 30, T0);
        PlayerRating opponent = new PlayerRating(1680, 120, 0.07, 8, T0.plus(PERIOD));

        PlayerRating perGame = calculator.rateGame(player, opponent, Score.DRAW, T0.plus(PERIOD));
        PlayerRating perPeriod = calculator.ratePeriod(player, List.of(OpponentResult.against(opponent, Score.DRAW)),
                T0.plus(PERIOD));

        assertThat(perGame).isEqualTo(perPeriod);
    }

    @Test
    void back_to_back_games_shrink_the_deviation_more_than_games_far_apart() {
        PlayerRating player = new PlayerRating(1610, 90, 0.06, 30, T0);
        PlayerRating opponent = new PlayerRating(1610, 90, 0.06, 30, T0);

        PlayerRating rightAfter = calculator.rateGame(player, opponent, Score.WIN, T0);
        PlayerRating monthsLater = calculator.rateGame(player, opponent, Score.WIN, T0.plus(Duration.ofDays(120)));

        assertThat(rightAfter.deviation()).isLessThan(90);
        assertThat(monthsLater.deviation()).isGreaterThan(rightAfter.deviation());
    }

    @Test
    void the_opponents_deviation_is_taken_as_of_the_game() {
        PlayerRating player = new PlayerRating(1500, 80, 0.06, 50, T0);
        PlayerRating activeOpponent = new PlayerRating(1500, 80, 0.06, 50, T0);
        PlayerRating idleOpponent = new PlayerRating(1500, 80, 0.06, 50, T0.minus(Duration.ofDays(2000)));

        double gainAgainstActive = calculator.rateGame(player, activeOpponent, Score.WIN, T0).rating() - 1500;
        double gainAgainstIdle = calculator.rateGame(player, idleOpponent, Score.WIN, T0).rating() - 1500;

        assertThat(gainAgainstIdle).isPositive().isLessThan(gainAgainstActive);
    }

    @Test
    void a_newcomers_first_game_counts_and_dates_the_rating() {
        PlayerRating newcomer = calculator.newcomer();

        PlayerRating after = calculator.rateGame(newcomer, calculator.newcomer(), Score.WIN, T0);

        assertThat(after.rating()).isGreaterThan(1500);
        assertThat(after.deviation()).isLessThan(350);
        assertThat(after.gamesPlayed()).isEqualTo(1);
        assertThat(after.lastPlayed()).isEqualTo(T0);
    }

    @Test
    void a_game_reported_late_keeps_the_latest_played_instant() {
        PlayerRating player = new PlayerRating(1500, 80, 0.06, 50, T0);

        PlayerRating after = calculator.rateGame(player, calculator.newcomer(), Score.LOSS, T0.minusSeconds(600));

        assertThat(after.lastPlayed()).isEqualTo(T0);
        assertThat(after.gamesPlayed()).isEqualTo(51);
    }

    @Test
    void a_surprising_result_raises_the_volatility_and_expected_ones_lower_it() {
        PlayerRating established = new PlayerRating(2000, 50, 0.06, 500, T0);
        PlayerRating weak = new PlayerRating(1200, 50, 0.06, 500, T0);

        double afterUpset = calculator.rateGame(established, weak, Score.LOSS, T0).volatility();
        double afterExpected = calculator.rateGame(established, weak, Score.WIN, T0).volatility();

        assertThat(afterUpset).isGreaterThan(0.06);
        assertThat(afterExpected).isLessThan(0.06);
    }

    @Test
    void a_rating_is_provisional_while_its_deviation_is_above_110() {
        PlayerRating settled = new PlayerRating(1900, 100, 0.06, 300, T0);
        PlayerRating unsettled = new PlayerRating(1900, 111, 0.06, 6, T0);

        assertThat(calculator.isProvisional(calculator.newcomer(), T0)).isTrue();
        assertThat(calculator.isProvisional(unsettled, T0)).isTrue();
        assertThat(calculator.isProvisional(settled, T0)).isFalse();
        assertThat(calculator.isProvisional(settled, T0.plus(Duration.ofDays(365)))).isTrue();
    }
}
