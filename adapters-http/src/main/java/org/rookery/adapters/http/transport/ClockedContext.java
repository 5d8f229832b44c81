package org.rookery.adapters.http.transport;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerContext;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.Router;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Helidon's connection context with a reader of our own in front of Helidon's: every blocking
 * read passes through it, so the connection's {@link ConnectionClock} knows when a read starts
 * and when bytes come, and a client that closes its end is a quiet end of the connection
 * ({@link CloseConnectionException}) wherever it happens. Helidon's reader reports that end as an
 * unchecked "insufficient data" error, which in the middle of a request's headers becomes a 500
 * written to the closed socket and a warning with a stack trace — one per connection any client
 * can open. Everything else is the delegate's. Used by the connection's own thread.
 */
final class ClockedContext implements ConnectionContext {
    private final ConnectionContext delegate;
    private final ConnectionClock clock;
    private final DataReader reader;

    ClockedContext(ConnectionContext delegate, ConnectionClock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.reader = new DataReader(this::nextBytes);
    }

    ConnectionClock clock() {
        return clock;
    }

    private byte[] nextBytes() {
        DataReader source = delegate.dataReader();
        clock.readStarting(System.nanoTime());
        try {
            if (source.available() == 0) source.pullData();
            return source.readBytes(source.available());
        } catch (DataReader.InsufficientDataAvailableException endOfStream) {
            throw new CloseConnectionException("the client closed the connection", endOfStream);
        } finally {
            clock.readDone(System.nanoTime());
        }
    }

    @Override
    public DataReader dataReader() {
        return reader;
    }

    @Override
    public ListenerContext listenerContext() {
        return delegate.listenerContext();
    }

    @Override
    public ExecutorService executor() {
        return delegate.executor();
    }

    @Override
    public DataWriter dataWriter() {
        return delegate.dataWriter();
    }

    @Override
    public Router router() {
        return delegate.router();
    }

    @Override
    public Optional<ProxyProtocolData> proxyProtocolData() {
        return delegate.proxyProtocolData();
    }

    @Override
    public HelidonSocket serverSocket() {
        return delegate.serverSocket();
    }

    @Override
    public PeerInfo remotePeer() {
        return delegate.remotePeer();
    }

    @Override
    public PeerInfo localPeer() {
        return delegate.localPeer();
    }

    @Override
    public boolean isSecure() {
        return delegate.isSecure();
    }

    @Override
    public String socketId() {
        return delegate.socketId();
    }

    @Override
    public String childSocketId() {
        return delegate.childSocketId();
    }
}
