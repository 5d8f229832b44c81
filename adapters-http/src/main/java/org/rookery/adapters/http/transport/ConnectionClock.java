package org.rookery.adapters.http.transport;

import io.helidon.common.socket.HelidonSocket;

/**
 * Where one connection stands and how long it may block in a read there: waiting for a request
 * ({@code idleTimeout} from the start of the wait), reading headers ({@code headerTimeout} from
 * the request's first byte), reading a body ({@code bodyTimeout} from the end of the headers),
 * handling (the next read waits for the next request) or upgraded (no limit: the WebSocket
 * keep-alive watches it). The connection's reader thread moves it along; the watchdog reads it
 * and closes the socket of a read that overstays. Thread-safe (volatile fields).
 */
final class ConnectionClock {
    enum Phase { WAITING, HEADERS, BODY, HANDLING, UPGRADED }

    private final ConnectionSettings settings;
    private final HelidonSocket socket;
    private volatile Phase phase = Phase.WAITING;
    private volatile long phaseStart;
    private volatile boolean reading;

    ConnectionClock(ConnectionSettings settings, HelidonSocket socket, long nowNanos) {
        this.settings = settings;
        this.socket = socket;
        this.phaseStart = nowNanos;
    }

    /** A blocking read starts; after a handled request, it waits for the next one. */
    void readStarting(long now) {
        if (phase == Phase.HANDLING) enter(Phase.WAITING, now);
        reading = true;
    }

    /** Bytes arrived: the first ones of a request start its headers. */
    void readDone(long now) {
        reading = false;
        if (phase == Phase.WAITING) enter(Phase.HEADERS, now);
    }

    void headersRead(boolean bodyFollows, long now) {
        enter(bodyFollows ? Phase.BODY : Phase.HANDLING, now);
    }

    void answering(long now) {
        if (phase != Phase.UPGRADED) enter(Phase.HANDLING, now);
    }

    void upgraded(long now) {
        enter(Phase.UPGRADED, now);
    }

    /** The phase the connection is in, for tests and logs. */
    Phase phase() {
        return phase;
    }

    /** Whether a read has been blocked past its phase's deadline. */
    boolean overdue(long now) {
        if (!reading) return false;
        long limit = switch (phase) {
            case WAITING, HANDLING -> settings.idleTimeout().toNanos();
            case HEADERS -> settings.headerTimeout().toNanos();
            case BODY -> settings.bodyTimeout().toNanos();
            case UPGRADED -> Long.MAX_VALUE;
        };
        return limit != Long.MAX_VALUE && now - phaseStart > limit;
    }

    /** Closes the socket: the blocked read fails and Helidon ends the connection quietly. */
    void cut() {
        try {
            socket.close();
        } catch (RuntimeException alreadyClosed) {
            // nothing left to close
        }
    }

    private void enter(Phase next, long now) {
        phaseStart = now;
        phase = next;
    }
}
