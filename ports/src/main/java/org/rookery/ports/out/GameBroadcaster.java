package org.rookery.ports.out;

import java.util.List;
import org.rookery.domain.event.EventEnvelope;

/**
 * Delivers a game's events to whoever watches it (players and spectators), in seq order. The
 * application broadcasts only durable events, from under the game's lock, so per-game order is
 * the order of calls. A failing listener must not stop delivery to the others. Implementations
 * are thread-safe.
 */
public interface GameBroadcaster {

    Subscription subscribe(String gameId, GameEventListener listener);

    /** Delivers the events, in order, to every current subscriber of the game. */
    void broadcast(String gameId, List<EventEnvelope> events);
}
