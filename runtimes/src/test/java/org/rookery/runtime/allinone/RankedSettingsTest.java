package org.rookery.runtime.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rating, matchmaking and breaker keys reach their settings; bad values stop the start naming the key. */
class RankedSettingsTest {

    @Test
    void unset_keys_give_the_documented_defaults() {
        Configuration none = Configuration.of(Map.of());
        var ratings = RatingSettingsReader.read(none);
        assertThat(ratings.glicko().tau()).isEqualTo(0.75);
        assertThat(ratings.leaderboardMaxDeviation()).isEqualTo(110);
        assertThat(ratings.legacyResultsGoneAt()).isEqualTo(Instant.parse("2027-07-01T00:00:00Z"));
        var matchmaking = MatchmakingSettingsReader.read(none);
        assertThat(matchmaking.queue().capacity()).isEqualTo(100_000);
        assertThat(matchmaking.queue().joinInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(matchmaking.waveInterval()).isEqualTo(Duration.ofSeconds(1));
        var breaker = MatchmakingSettingsReader.breaker(none);
        assertThat(breaker.window()).isEqualTo(Duration.ofSeconds(60));
        assertThat(breaker.minimumCalls()).isEqualTo(5);
        assertThat(RatingSettingsReader.tokens(none).admin()).isEmpty();
    }

    @Test
    void every_key_reaches_its_setting() {
        Configuration config = Configuration.of(Map.ofEntries(
                Map.entry(ConfigKeys.TAU, "0.5"), Map.entry(ConfigKeys.LEADERBOARD_MAX_DEVIATION, "350"),
                Map.entry(ConfigKeys.LEGACY_RESULTS_GONE_AT, "2026-03-01"), Map.entry(ConfigKeys.BACKFILL_BATCH_SIZE, "10"),
                Map.entry(ConfigKeys.BACKFILL_PAUSE, "PT0.5S"), Map.entry(ConfigKeys.ADMIN_TOKEN, "a"),
                Map.entry(ConfigKeys.RESULTS_TOKEN, "r"), Map.entry(ConfigKeys.JOIN_INTERVAL, "PT3S"),
                Map.entry(ConfigKeys.MATCHMAKING_CAPACITY, "7"), Map.entry(ConfigKeys.WAVE_PERIOD, "250"),
                Map.entry(ConfigKeys.RETRY_FIRST_DELAY, "PT2S"), Map.entry(ConfigKeys.RETRY_MAX_DELAY, "PT20S"),
                Map.entry(ConfigKeys.BREAKER_WINDOW, "PT30S"), Map.entry(ConfigKeys.BREAKER_MINIMUM_CALLS, "3"),
                Map.entry(ConfigKeys.BREAKER_FAILURE_RATE, "75"), Map.entry(ConfigKeys.BREAKER_OPEN_FOR, "PT10S"),
                Map.entry(ConfigKeys.BREAKER_HALF_OPEN_PROBES, "2")));
        var ratings = RatingSettingsReader.read(config);
        assertThat(ratings.glicko().tau()).isEqualTo(0.5);
        assertThat(ratings.leaderboardMaxDeviation()).isEqualTo(350);
        assertThat(ratings.legacyResultsGoneAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(ratings.backfillBatchSize()).isEqualTo(10);
        assertThat(ratings.backfillPause()).isEqualTo(Duration.ofMillis(500));
        assertThat(RatingSettingsReader.tokens(config).admin()).isEqualTo("a");
        assertThat(RatingSettingsReader.tokens(config).results()).isEqualTo("r");
        var matchmaking = MatchmakingSettingsReader.read(config);
        assertThat(matchmaking.queue().joinInterval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(matchmaking.queue().capacity()).isEqualTo(7);
        assertThat(matchmaking.waveInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(matchmaking.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(matchmaking.retryDelay(10)).isEqualTo(Duration.ofSeconds(20));
        var breaker = MatchmakingSettingsReader.breaker(config);
        assertThat(breaker.window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(breaker.minimumCalls()).isEqualTo(3);
        assertThat(breaker.failureRatePercent()).isEqualTo(75f);
        assertThat(breaker.openFor()).isEqualTo(Duration.ofSeconds(10));
        assertThat(breaker.halfOpenProbes()).isEqualTo(2);
        assertThat(ConfigKeys.ALL).contains(ConfigKeys.TAU, ConfigKeys.BREAKER_HALF_OPEN_PROBES, "rookery.rate.join-queue.ip",
                "rookery.adapters.rating-store");
    }

    @Test
    void bad_values_are_refused_with_the_key_named() {
        assertRefused(ConfigKeys.TAU, "fast");
        assertRefused(ConfigKeys.TAU, "-1");
        assertRefused(ConfigKeys.LEGACY_RESULTS_GONE_AT, "next summer");
        assertRefused(ConfigKeys.JOIN_INTERVAL, "ten seconds");
        assertRefused(ConfigKeys.MATCHMAKING_CAPACITY, "0");
        assertRefused(ConfigKeys.BREAKER_FAILURE_RATE, "0");
        assertRefused(ConfigKeys.BREAKER_WINDOW, "PT0.5S");
    }

    private static void assertRefused(String key, String value) {
        Configuration config = Configuration.of(Map.of(key, value));
        assertThatThrownBy(() -> {
            RatingSettingsReader.read(config);
            MatchmakingSettingsReader.read(config);
            MatchmakingSettingsReader.breaker(config);
        }).as(key + "=" + value).isInstanceOf(ConfigurationException.class).hasMessageContaining(settingName(key, value));
    }

    /** Parse errors name the key; values the settings refuse name the setting. */
    private static String settingName(String key, String value) {
        return switch (key) {
            case ConfigKeys.TAU -> value.equals("fast") ? key : "tau";
            case ConfigKeys.MATCHMAKING_CAPACITY -> "capacity";
            case ConfigKeys.BREAKER_FAILURE_RATE -> "failureRatePercent";
            case ConfigKeys.BREAKER_WINDOW -> "window";
            default -> key;
        };
    }
}
