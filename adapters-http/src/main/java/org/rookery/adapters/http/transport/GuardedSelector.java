package org.rookery.adapters.http.transport;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionSelector;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * The server's only connection selector: HTTP/1.1 (with the WebSocket upgrade) behind the
 * connection limits. Being the only one, Helidon hands it each connection as soon as it is
 * accepted, before a byte is read; it refuses an address over its quota with a 503 and watches
 * every other connection's reads with a {@link ConnectionClock}. Thread-safe.
 */
final class GuardedSelector implements ServerConnectionSelector {
    private static final byte[] TOO_MANY = tooMany();
    private final Http1ConnectionSelector http1;
    private final ConnectionSettings settings;
    private final AddressQuota quota;
    private final ConnectionWatchdog watchdog;

    GuardedSelector(Http1ConnectionSelector http1, ConnectionSettings settings, ConnectionWatchdog watchdog) {
        this.http1 = http1;
        this.settings = settings;
        this.quota = new AddressQuota(settings.maxPerAddress());
        this.watchdog = watchdog;
    }

    @Override
    public int bytesToIdentifyConnection() {
        return 0;
    }

    @Override
    public Support supports(BufferData request) {
        return http1.supports(request);
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return http1.supportedApplicationProtocols();
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        String address = address(ctx);
        if (!quota.tryAcquire(address)) return new Refused(ctx);
        ConnectionClock clock = new ConnectionClock(settings, ctx.serverSocket(), System.nanoTime());
        ServerConnection connection = http1.connection(new ClockedContext(ctx, clock));
        watchdog.watch(clock);
        return new Counted(connection, () -> {
            watchdog.forget(clock);
            quota.release(address);
        });
    }

    private static String address(ConnectionContext ctx) {
        return ctx.remotePeer().address() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : ctx.remotePeer().host();
    }

    private static byte[] tooMany() {
        String body = "{\"type\":\"urn:rookery:problem:too_many_connections\",\"title\":\"Too many connections\",\"status\":503,"
                + "\"detail\":\"this address holds as many connections as it may; close one and retry\",\"code\":\"too_many_connections\"}";
        return ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\n"
                + "Connection: close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    /** A connection that gives its place back when it ends, however it ends. */
    private record Counted(ServerConnection connection, Runnable release) implements ServerConnection {
        @Override
        public void handle(Limit limit) throws InterruptedException {
            try {
                connection.handle(limit);
            } finally {
                release.run();
            }
        }

        @Override
        public Duration idleTime() {
            return connection.idleTime();
        }

        @Override
        public void close(boolean interrupt) {
            connection.close(interrupt);
        }
    }

    /** An address over its quota: told so in one answer, then closed (Helidon closes it when handle returns). */
    private record Refused(ConnectionContext ctx) implements ServerConnection {
        @Override
        public void handle(Limit limit) {
            try {
                ctx.dataWriter().writeNow(BufferData.create(TOO_MANY));
            } catch (RuntimeException clientGone) {
                // nothing to tell a client that left
            }
        }

        @Override
        public Duration idleTime() {
            return Duration.ZERO;
        }

        @Override
        public void close(boolean interrupt) {
            // ends as soon as its answer is written
        }
    }
}
