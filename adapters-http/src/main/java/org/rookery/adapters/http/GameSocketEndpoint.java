package org.rookery.adapters.http;

import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import java.util.function.Supplier;

/**
 * The WebSocket endpoint {@code /ws/games/{gameId}}: one {@link GameSocket} per connection,
 * sharing the use cases, the limits and the keep-alive watcher. Thread-safe; {@link #close()}
 * stops the keep-alive watcher.
 */
public final class GameSocketEndpoint implements Supplier<WsListener>, AutoCloseable {
    public static final String PATH_PREFIX = "/ws/games/";

    /** What every connection shares. Immutable. */
    record Parts(LiveGameApi games, Json json, BearerAuthentication auth, RateLimits limits, HttpMetrics metrics,
            HttpSettings settings, SocketKeepAlive keepAlive, EventFrames eventFrames) {}

    private final Parts parts;

    public GameSocketEndpoint(LiveGameApi games, Json json, BearerAuthentication auth, RateLimits limits, HttpMetrics metrics,
            HttpSettings settings) {
        this.parts = new Parts(games, json, auth, limits, metrics, settings,
                new SocketKeepAlive(settings.pingInterval(), settings.deadAfter()), new EventFrames(json));
    }

    public WsRouting.Builder routing() {
        return WsRouting.builder().endpoint(PATH_PREFIX + "{gameId}", this);
    }

    @Override
    public WsListener get() {
        return new GameSocket(parts);
    }

    /** How many connections are open. */
    public int openConnections() {
        return parts.keepAlive().size();
    }

    @Override
    public void close() {
        parts.keepAlive().close();
    }
}
