package org.rookery.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingPoolTest {

    @ParameterizedTest(name = "{0} ms + {1} ms is {2}")
    @CsvSource({
            "15000, 0, ULTRABULLET",
            "0, 740, ULTRABULLET",
            "29999, 0, ULTRABULLET",
            "30000, 0, BULLET",
            "0, 750, BULLET",
            "60000, 0, BULLET",
            "120000, 1000, BULLET",
            "179999, 0, BULLET",
            "180000, 0, BLITZ",
            "180000, 2000, BLITZ",
            "300000, 3000, BLITZ",
            "479999, 0, BLITZ",
            "300000, 5000, RAPID",
            "600000, 0, RAPID",
            "900000, 10000, RAPID",
            "1499999, 0, RAPID",
            "1500000, 0, CLASSICAL",
            "1200000, 10000, CLASSICAL",
            "1800000, 20000, CLASSICAL"})
    void classifies_a_time_control_by_initial_plus_forty_increments(long initialMs, long incrementMs, RatingPool expected) {
        assertThat(RatingPool.of(new TimeControl(initialMs, incrementMs))).isEqualTo(expected);
    }

    @Test
    void rated_games_have_a_pool_and_casual_games_have_none() {
        TimeControl blitz = TimeControl.of(3, 2);

        assertThat(RatingPool.forGame(blitz, GameMode.RATED)).contains(RatingPool.BLITZ);
        assertThat(RatingPool.forGame(blitz, GameMode.CASUAL)).isEmpty();
    }

    @Test
    void each_pool_but_classical_ends_where_the_next_begins() {
        assertThat(RatingPool.ULTRABULLET.upperBound()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(30));
        assertThat(RatingPool.BULLET.upperBound()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(180));
        assertThat(RatingPool.BLITZ.upperBound()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(480));
        assertThat(RatingPool.RAPID.upperBound()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(1500));
        assertThat(RatingPool.CLASSICAL.upperBound()).isEmpty();
    }
}
