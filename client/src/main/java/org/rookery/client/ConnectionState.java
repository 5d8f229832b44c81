package org.rookery.client;

/**
 * Where a {@link LiveGame} connection stands: trying for the first time, open, lost and trying
 * again (with backoff), or closed for good. Immutable.
 */
public enum ConnectionState {
    /** The first attempts: nothing received yet. */
    CONNECTING,
    /** A transport (WebSocket or SSE) is open; events flow and moves are sent. */
    OPEN,
    /** The connection was lost; the next attempt is scheduled. Moves submitted now are queued. */
    RECONNECTING,
    /** Closed by {@link LiveGame#close()} or refused for good by the server (bad token, unknown game). Final. */
    CLOSED
}
