package org.rookery.adapters.http.websocket;

import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.util.function.Supplier;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.observability.AbuseLog;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.usecase.LiveGameApi;

/**
 * The WebSocket endpoint {@code /ws/games/{gameId}}: one {@link GameSocket} per connection,
 * sharing the use cases, the limits and the keep-alive watcher. Thread-safe; {@link #close()}
 * stops the keep-alive watcher.
 */
public final class GameSocketEndpoint implements Supplier<WsListener>, AutoCloseable {
    private final SocketParts parts;

    public GameSocketEndpoint(LiveGameApi games, Json json, BearerAuthentication auth, RateLimits limits, HttpMetrics metrics,
            SocketSettings settings, AbuseLog abuse) {
        this.parts = new SocketParts(games, json, auth, limits, metrics, settings,
                new SocketKeepAlive(settings.pingInterval(), settings.deadAfter(), settings.closeGrace()), new EventFrames(json), abuse);
    }

    public WsRouting.Builder routing() {
        return WsRouting.builder().endpoint(GameSocket.PATH_PREFIX + "{gameId}", this);
    }

    @Override
    public WsListener get() {
        return new GameSocket(parts);
    }

    /**
     * Forgets the connection of {@code session} at once: Helidon ended it without calling its
     * listener (the peer broke the framing), so nothing else would tell its {@link GameSocket}.
     */
    public void forget(WsSession session) {
        parts.keepAlive().cut(session, "the peer broke the WebSocket protocol");
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
