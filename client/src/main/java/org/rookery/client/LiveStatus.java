package org.rookery.client;

/**
 * What a {@link LiveGame} shows of itself: connection state, the open transport and the seq of
 * the last event delivered. Written on the connection thread (which also tells the listener of
 * state changes), read from any thread.
 */
final class LiveStatus {
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile TransportKind transport;
    private volatile long lastSeq = -1;

    ConnectionState state() {
        return state;
    }

    TransportKind transport() {
        return transport;
    }

    long lastSeq() {
        return lastSeq;
    }

    void lastSeq(long seq) {
        lastSeq = seq;
    }

    /** Moves to {@code next} (with its transport, null unless open) and tells the listener if anything changed. */
    void set(ConnectionState next, TransportKind kind, LiveGameListener listener) {
        if (state == ConnectionState.CLOSED || (state == next && transport == kind)) return;
        state = next;
        transport = kind;
        listener.onStateChange(next, kind);
    }
}
