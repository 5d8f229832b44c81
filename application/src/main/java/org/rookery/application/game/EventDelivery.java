package org.rookery.application.game;

import java.lang.System.Logger.Level;
import java.util.List;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.Outbox;

/**
 * Hands durable events on: to the outbox (for the downstream bus) and to the game's watchers.
 * Never throws and never waits for the bus: once events are durable, the move has succeeded
 * whatever happens here. Thread-safe.
 */
final class EventDelivery {
    private static final System.Logger LOG = System.getLogger(EventDelivery.class.getName());
    private final Outbox outbox;
    private final GameBroadcaster broadcaster;

    EventDelivery(Outbox outbox, GameBroadcaster broadcaster) {
        this.outbox = outbox;
        this.broadcaster = broadcaster;
    }

    void deliver(String gameId, List<EventEnvelope> events) {
        try {
            outbox.add(events);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "outbox refused events " + range(events) + " of game " + gameId + "; they stay in the event log", e);
        }
        try {
            broadcaster.broadcast(gameId, events);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "broadcast of events " + range(events) + " of game " + gameId + " failed; watchers resume from the log", e);
        }
    }

    private static String range(List<EventEnvelope> events) {
        return events.getFirst().seq() + ".." + events.getLast().seq();
    }
}
