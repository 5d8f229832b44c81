package org.rookery.adapters.http;

import java.time.Duration;
import java.util.Objects;
import org.rookery.adapters.http.transport.ConnectionSettings;
import org.rookery.adapters.http.websocket.SocketSettings;

/**
 * How the HTTP adapter listens and what it tolerates: address and port (0 = any free one), the
 * request body limit, the WebSocket settings (frame limit, per-connection outbound queue,
 * keep-alive, close grace), the connection limits (per-address quota, header, body and idle
 * timeouts), guest token lifetime, the issuer named in and required of tokens, and the metrics
 * token (blank: /metrics refuses everyone). Immutable.
 */
public record HttpSettings(
        String host,
        int port,
        long maxBodyBytes,
        SocketSettings socket,
        ConnectionSettings connections,
        Duration guestTokenTtl,
        String tokenIssuer,
        String metricsToken) {

    public static final SocketSettings SOCKET_DEFAULTS =
            new SocketSettings(4 * 1024, 256, Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(5));
    public static final HttpSettings DEFAULTS = new HttpSettings("0.0.0.0", 8080, 16 * 1024, SOCKET_DEFAULTS,
            ConnectionSettings.DEFAULTS, Duration.ofDays(7), "rookery", "");

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        if (maxBodyBytes < 256) throw new IllegalArgumentException("maxBodyBytes must be at least 256, got " + maxBodyBytes);
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(guestTokenTtl, "guestTokenTtl");
        if (!guestTokenTtl.isPositive()) throw new IllegalArgumentException("guestTokenTtl must be positive, got " + guestTokenTtl);
        if (tokenIssuer == null || tokenIssuer.isBlank()) throw new IllegalArgumentException("tokenIssuer must not be blank");
        if (metricsToken == null) metricsToken = "";
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(host, newPort, maxBodyBytes, socket, connections, guestTokenTtl, tokenIssuer, metricsToken);
    }

    public HttpSettings withSocket(SocketSettings newSocket) {
        return new HttpSettings(host, port, maxBodyBytes, newSocket, connections, guestTokenTtl, tokenIssuer, metricsToken);
    }

    public HttpSettings withConnections(ConnectionSettings newConnections) {
        return new HttpSettings(host, port, maxBodyBytes, socket, newConnections, guestTokenTtl, tokenIssuer, metricsToken);
    }

    public HttpSettings withKeepAlive(Duration ping, Duration dead) {
        return withSocket(new SocketSettings(socket.maxFrameBytes(), socket.queueCapacity(), ping, dead, socket.closeGrace()));
    }

    public HttpSettings withSocketQueueCapacity(int capacity) {
        return withSocket(new SocketSettings(socket.maxFrameBytes(), capacity, socket.pingInterval(), socket.deadAfter(), socket.closeGrace()));
    }

    public HttpSettings withMetricsToken(String token) {
        return new HttpSettings(host, port, maxBodyBytes, socket, connections, guestTokenTtl, tokenIssuer, token);
    }
}
