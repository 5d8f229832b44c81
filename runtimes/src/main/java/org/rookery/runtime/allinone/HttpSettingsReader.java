package org.rookery.runtime.allinone;

import java.time.Duration;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.adapters.http.HttpSettings;
import org.rookery.adapters.http.transport.ConnectionSettings;
import org.rookery.adapters.http.websocket.SocketSettings;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.ports.in.LimitedAction;

/** Turns the configuration into the HTTP adapter's settings and the rate-limit policy, defaults where a key is unset. Stateless. */
final class HttpSettingsReader {
    private HttpSettingsReader() {}

    static HttpSettings read(Configuration config) {
        HttpSettings d = HttpSettings.DEFAULTS;
        SocketSettings ws = d.socket();
        ConnectionSettings c = d.connections();
        try {
            return new HttpSettings(
                    config.text(ConfigKeys.HOST, d.host()),
                    config.integer(ConfigKeys.PORT, d.port()),
                    config.number(ConfigKeys.MAX_BODY_BYTES, d.maxBodyBytes()),
                    new SocketSettings(
                            config.integer(ConfigKeys.MAX_FRAME_BYTES, ws.maxFrameBytes()),
                            config.integer(ConfigKeys.QUEUE_CAPACITY, ws.queueCapacity()),
                            config.duration(ConfigKeys.PING_INTERVAL, ws.pingInterval()),
                            config.duration(ConfigKeys.DEAD_AFTER, ws.deadAfter()),
                            config.duration(ConfigKeys.CLOSE_GRACE, ws.closeGrace())),
                    new ConnectionSettings(
                            config.integer(ConfigKeys.MAX_CONNECTIONS_PER_ADDRESS, c.maxPerAddress()),
                            config.duration(ConfigKeys.HEADER_TIMEOUT, c.headerTimeout()),
                            config.duration(ConfigKeys.BODY_TIMEOUT, c.bodyTimeout()),
                            config.duration(ConfigKeys.IDLE_TIMEOUT, c.idleTimeout())),
                    config.duration(ConfigKeys.GUEST_TOKEN_TTL, d.guestTokenTtl()),
                    config.text(ConfigKeys.TOKEN_ISSUER, d.tokenIssuer()),
                    config.text(ConfigKeys.METRICS_TOKEN, ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid HTTP settings: " + e.getMessage(), e);
        }
    }

    /** The rate limits: the defaults, each replaced by its {@code rookery.rate.<action>.<user|ip>} key when set. */
    static RateLimitPolicy rateLimits(Configuration config) {
        RateLimitPolicy limits = RateLimitPolicy.DEFAULTS;
        for (LimitedAction action : LimitedAction.values()) {
            for (boolean byUser : new boolean[] {true, false}) {
                String key = ConfigKeys.rate(action, byUser);
                var text = config.text(key);
                if (text.isEmpty()) continue;
                try {
                    limits = limits.with(action, byUser, RateLimitPolicy.parse(text.get()));
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
