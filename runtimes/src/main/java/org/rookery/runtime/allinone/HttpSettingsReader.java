package org.rookery.runtime.allinone;

import java.time.Duration;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.adapters.http.HttpSettings;
import org.rookery.adapters.http.RateLimitSettings;

/** Turns the configuration into the HTTP adapter's settings, defaults where a key is unset. Stateless. */
final class HttpSettingsReader {
    private HttpSettingsReader() {}

    static HttpSettings read(Configuration config) {
        HttpSettings d = HttpSettings.DEFAULTS;
        try {
            return new HttpSettings(
                    config.text(ConfigKeys.HOST, d.host()),
                    config.integer(ConfigKeys.PORT, d.port()),
                    config.number(ConfigKeys.MAX_BODY_BYTES, d.maxBodyBytes()),
                    config.integer(ConfigKeys.MAX_FRAME_BYTES, d.maxFrameBytes()),
                    config.integer(ConfigKeys.QUEUE_CAPACITY, d.socketQueueCapacity()),
                    config.duration(ConfigKeys.PING_INTERVAL, d.pingInterval()),
                    config.duration(ConfigKeys.DEAD_AFTER, d.deadAfter()),
                    config.duration(ConfigKeys.GUEST_TOKEN_TTL, d.guestTokenTtl()),
                    config.text(ConfigKeys.METRICS_TOKEN, ""),
                    rateLimits(config));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid HTTP settings: " + e.getMessage(), e);
        }
    }

    private static RateLimitSettings rateLimits(Configuration config) {
        RateLimitSettings limits = RateLimitSettings.DEFAULTS;
        for (RateLimitSettings.Action action : RateLimitSettings.Action.values()) {
            for (boolean byUser : new boolean[] {true, false}) {
                String key = ConfigKeys.rate(action, byUser);
                var text = config.text(key);
                if (text.isEmpty()) continue;
                try {
                    limits = limits.with(action, byUser, RateLimitSettings.parse(text.get()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(key + ": " + e.getMessage(), e);
                }
            }
        }
        return limits;
    }

    static Duration relayPeriod(Configuration config) {
        return config.duration(ConfigKeys.RELAY_PERIOD, Duration.ofMillis(200));
    }

    static int relayBatch(Configuration config) {
        return config.integer(ConfigKeys.RELAY_BATCH, 256);
    }

    static LiveGameSettings liveGame(Configuration config) {
        LiveGameSettings defaults = LiveGameSettings.DEFAULTS;
        return new LiveGameSettings(config.integer(ConfigKeys.SNAPSHOT_EVERY, defaults.snapshotEveryMoves()),
                config.duration(ConfigKeys.SNAPSHOT_INTERVAL, defaults.snapshotEvery()), config.duration(ConfigKeys.LOCK_WAIT, defaults.lockWait()));
    }
}
