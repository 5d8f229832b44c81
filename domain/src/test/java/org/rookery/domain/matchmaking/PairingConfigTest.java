package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PairingConfigTest {

    private final PairingConfig defaults = PairingConfig.defaults();

    @Test
    void the_window_starts_at_fifty_and_grows_ten_points_a_second_up_to_five_hundred() {
        assertThat(defaults.windowAfter(Duration.ZERO)).isEqualTo(50);
        assertThat(defaults.windowAfter(Duration.ofMillis(2_500))).isEqualTo(75);
        assertThat(defaults.windowAfter(Duration.ofSeconds(45))).isEqualTo(500);
        assertThat(defaults.windowAfter(Duration.ofDays(3))).isEqualTo(500);
        assertThat(defaults.timeToMaxWindow()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void rejects_a_maximum_window_below_the_base_window() {
        assertThatThrownBy(() -> new PairingConfig(100, 10, 50, 10, 1_000))
                .isInstanceOf(InvalidMatchmakingException.class).hasMessageContaining("max window");
    }

    @Test
    void rejects_a_colour_memory_that_does_not_fit() {
        assertThatThrownBy(() -> new PairingConfig(50, 10, 500, 0, 1_000)).isInstanceOf(InvalidMatchmakingException.class);
        assertThatThrownBy(() -> new PairingConfig(50, 10, 500, 31, 1_000)).isInstanceOf(InvalidMatchmakingException.class);
    }
}
