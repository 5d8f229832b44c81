package org.rookery.adapters.http.websocket;

import io.helidon.websocket.WsSession;

/**
 * A connection as the {@link SocketKeepAlive} watcher sees it: when it last heard from its peer,
 * when it last pinged, since when it waits for the answer to its own close frame, and how to ping
 * it or cut it. Implementations are thread-safe (the watcher calls from its own thread).
 */
interface WatchedConnection {
    long lastHeardNanos();

    long lastPingNanos();

    /** Whether our close frame went out, so that only the peer's answer is awaited. */
    boolean closing();

    /** When our close frame went out (System.nanoTime), if {@link #closing()}. */
    long closingSinceNanos();

    void ping(long nowNanos);

    /** Whether this is the connection of {@code session}. */
    boolean runsOn(WsSession session);

    /** Drops the TCP connection at once, without a closing handshake (the peer is silent or gone). */
    void cut(String why);
}
