package org.rookery.runtime.allinone;

import org.rookery.adapters.resilience.GameCreationBreakerSettings;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.domain.matchmaking.QueueConfig;

/** Turns the configuration into matchmaking's settings and its circuit breaker's, defaults where a key is unset. Stateless. */
final class MatchmakingSettingsReader {
    private MatchmakingSettingsReader() {}

    static MatchmakingSettings read(Configuration config) {
        MatchmakingSettings d = MatchmakingSettings.defaults();
        try {
            QueueConfig queue = new QueueConfig(config.integer(ConfigKeys.MATCHMAKING_CAPACITY, d.queue().capacity()),
                    config.duration(ConfigKeys.JOIN_INTERVAL, d.queue().joinInterval()));
            return new MatchmakingSettings(queue, d.pairing(), config.duration(ConfigKeys.WAVE_PERIOD, d.waveInterval()),
                    d.queueFullRetryAfter(), config.duration(ConfigKeys.RETRY_FIRST_DELAY, d.retryFirstDelay()),
                    config.duration(ConfigKeys.RETRY_MAX_DELAY, d.retryMaxDelay()), d.retriesPerWave(), d.newcomerRating());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid matchmaking settings: " + e.getMessage(), e);
        }
    }

    static GameCreationBreakerSettings breaker(Configuration config) {
        GameCreationBreakerSettings d = GameCreationBreakerSettings.defaults();
        try {
            return new GameCreationBreakerSettings(config.duration(ConfigKeys.BREAKER_WINDOW, d.window()),
                    config.integer(ConfigKeys.BREAKER_MINIMUM_CALLS, d.minimumCalls()),
                    (float) config.decimal(ConfigKeys.BREAKER_FAILURE_RATE, d.failureRatePercent()),
                    config.duration(ConfigKeys.BREAKER_OPEN_FOR, d.openFor()),
                    config.integer(ConfigKeys.BREAKER_HALF_OPEN_PROBES, d.halfOpenProbes()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid circuit breaker settings: " + e.getMessage(), e);
        }
    }
}
