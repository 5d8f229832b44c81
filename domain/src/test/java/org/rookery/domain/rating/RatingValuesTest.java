package org.rookery.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatingValuesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void rejects_a_rating_that_is_not_a_finite_number() {
        assertThatThrownBy(() -> PlayerRating.unplayed(Double.NaN, 350, 0.06))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("rating");
        assertThatThrownBy(() -> PlayerRating.unplayed(Double.POSITIVE_INFINITY, 350, 0.06))
                .isInstanceOf(InvalidRatingException.class);
    }

    @Test
    void rejects_a_deviation_or_volatility_that_is_not_positive() {
        assertThatThrownBy(() -> PlayerRating.unplayed(1500, 0, 0.06))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("rating deviation");
        assertThatThrownBy(() -> PlayerRating.unplayed(1500, 350, -0.06))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("volatility");
    }

    @Test
    void rejects_games_played_that_disagree_with_the_last_played_instant() {
        assertThatThrownBy(() -> new PlayerRating(1500, 350, 0.06, -1, null))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("games played");
        assertThatThrownBy(() -> new PlayerRating(1500, 350, 0.06, 3, null))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("last played");
        assertThatThrownBy(() -> new PlayerRating(1500, 350, 0.06, 0, T0))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("last played");
    }

    @Test
    void a_played_rating_knows_when_it_last_played() {
        assertThat(new PlayerRating(1500, 80, 0.06, 3, T0).lastPlayedAt()).contains(T0);
        assertThat(PlayerRating.unplayed(1500, 350, 0.06).lastPlayedAt()).isEmpty();
    }

    @Test
    void defaults_follow_glickman_and_lichess() {
        GlickoConfig defaults = GlickoConfig.defaults();

        assertThat(defaults.tau()).isEqualTo(0.75);
        assertThat(defaults.newcomer()).isEqualTo(PlayerRating.unplayed(1500, 350, 0.06));
        assertThat(defaults.convergenceTolerance()).isEqualTo(0.000001);
        assertThat(defaults.provisionalDeviation()).isEqualTo(110);
        assertThat(86_400.0 / defaults.ratingPeriod().toSeconds()).isCloseTo(0.21436, within(1e-6));
    }

    @Test
    void rejects_a_configuration_without_a_positive_tau_or_rating_period() {
        assertThatThrownBy(() -> GlickoConfig.defaults().withTau(0))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("tau");
        assertThatThrownBy(() -> GlickoConfig.defaults().withRatingPeriod(Duration.ZERO))
                .isInstanceOf(InvalidRatingException.class).hasMessageContaining("rating period");
    }

    @Test
    void rejects_a_time_control_that_is_negative_empty_or_too_long() {
        assertThatThrownBy(() -> new TimeControl(-1, 0)).isInstanceOf(InvalidRatingException.class);
        assertThatThrownBy(() -> new TimeControl(60_000, -1)).isInstanceOf(InvalidRatingException.class);
        assertThatThrownBy(() -> new TimeControl(0, 0)).isInstanceOf(InvalidRatingException.class);
        assertThatThrownBy(() -> new TimeControl(0, Long.MAX_VALUE / 10)).isInstanceOf(InvalidRatingException.class);
    }

    @Test
    void estimates_a_game_as_initial_time_plus_forty_increments() {
        assertThat(TimeControl.of(3, 2).estimatedDuration()).isEqualTo(Duration.ofSeconds(180 + 80));
        assertThat(TimeControl.of(15, 10)).isEqualTo(new TimeControl(900_000, 10_000));
    }

    @Test
    void a_score_seen_from_the_other_side() {
        assertThat(Score.WIN.opposite()).isEqualTo(Score.LOSS);
        assertThat(Score.DRAW.opposite()).isEqualTo(Score.DRAW);
        assertThat(Score.LOSS.points() + Score.WIN.points()).isEqualTo(1.0);
    }
}
