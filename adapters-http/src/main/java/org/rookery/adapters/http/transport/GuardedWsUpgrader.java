package org.rookery.adapters.http.transport;

import io.helidon.common.concurrency.limits.Limit;
import io.helidon.http.HttpPrologue;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.spi.Http1Upgrader;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsSession;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Helidon's WebSocket upgrader, with two fixes around the connection it makes. The upgraded
 * connection leaves the HTTP read deadlines (its keep-alive watches it). And a frame Helidon
 * cannot parse — a reserved opcode makes its frame reader throw an IllegalArgumentException that
 * nothing catches — ends the connection with a close frame 1002 (protocol error), as RFC 6455
 * asks, instead of escaping to the HTTP layer, which wrote a raw "500 Internal Server Error" into
 * the WebSocket stream and logged a stack trace. Thread-safe.
 */
final class GuardedWsUpgrader implements Http1Upgrader {
    private static final System.Logger LOG = System.getLogger(GuardedWsUpgrader.class.getName());
    private final Http1Upgrader delegate;
    private final Consumer<WsSession> onBrokenProtocol;

    GuardedWsUpgrader(Http1Upgrader delegate, Consumer<WsSession> onBrokenProtocol) {
        this.delegate = delegate;
        this.onBrokenProtocol = onBrokenProtocol;
    }

    @Override
    public String supportedProtocol() {
        return delegate.supportedProtocol();
    }

    @Override
    public ServerConnection upgrade(ConnectionContext ctx, HttpPrologue prologue, WritableHeaders<?> headers) {
        ServerConnection connection = delegate.upgrade(ctx, prologue, headers);
        if (connection == null) return null;
        if (ctx instanceof ClockedContext clocked) clocked.clock().upgraded(System.nanoTime());
        return new Guarded(connection, onBrokenProtocol);
    }

    /** The upgraded connection, ended with a 1002 when the peer breaks the framing. */
    private record Guarded(ServerConnection connection, Consumer<WsSession> onBrokenProtocol) implements ServerConnection {
        @Override
        public void handle(Limit limit) throws InterruptedException {
            try {
                connection.handle(limit);
            } catch (CloseConnectionException e) {
                throw e;
            } catch (RuntimeException e) {
                // Only the frame reader throws here (the listener's calls are caught inside Helidon). The
                // close frame is written from this reader thread while no other frame may be written at
                // the same moment; at worst it is lost, and the connection ends either way.
                LOG.log(System.Logger.Level.DEBUG, "a WebSocket peer broke the protocol", e);
                if (connection instanceof WsSession session) {
                    try {
                        session.close(WsCloseCodes.PROTOCOL_ERROR, "protocol error");
                    } catch (RuntimeException writeFailed) {
                        LOG.log(System.Logger.Level.TRACE, "the 1002 close frame could not be sent", writeFailed);
                    }
                    onBrokenProtocol.accept(session); // Helidon tells the listener nothing on this path
                }
                throw new CloseConnectionException("the WebSocket peer broke the protocol", e);
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
}
