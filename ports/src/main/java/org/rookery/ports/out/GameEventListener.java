package org.rookery.ports.out;

import org.rookery.domain.event.EventEnvelope;

/**
 * Receives a game's events in seq order (a WebSocket or SSE connection, a test). Must not block:
 * it is called on the path of the move. Implementations decide their own thread-safety; one
 * listener receives one game's events from one thread at a time.
 */
@FunctionalInterface
public interface GameEventListener {
    void onEvent(EventEnvelope event);
}
