package org.rookery.application.game;

import java.lang.System.Logger.Level;
import java.util.List;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.GameBroadcaster;

/**
 * Hands durable events to the game's watchers. Never throws and never waits: once events are
 * durable the move has succeeded, and the downstream bus gets them from the relay that tails the
 * log, not from here. Thread-safe.
 */
final class EventDelivery {
    private static final System.Logger LOG = System.getLogger(EventDelivery.class.getName());
    private final GameBroadcaster broadcaster;

    EventDelivery(GameBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    void deliver(String gameId, List<EventEnvelope> events) {
        try {
            broadcaster.broadcast(gameId, events);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "broadcast of events " + events.getFirst().seq() + ".." + events.getLast().seq() + " of game "
                    + gameId + " failed; watchers resume from the log", e);
        }
    }
}
