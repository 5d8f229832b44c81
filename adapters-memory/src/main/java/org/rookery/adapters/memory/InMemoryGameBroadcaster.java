package org.rookery.adapters.memory;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.GameEventListener;
import org.rookery.ports.out.Subscription;

/**
 * Delivers events synchronously to the listeners subscribed in this process, in the order of the
 * calls; a listener that throws is logged and skipped, the others still receive. Thread-safe.
 */
public final class InMemoryGameBroadcaster implements GameBroadcaster {
    private static final System.Logger LOG = System.getLogger(InMemoryGameBroadcaster.class.getName());
    private final ConcurrentHashMap<String, CopyOnWriteArrayList<GameEventListener>> listeners = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(String gameId, GameEventListener listener) {
        listeners.computeIfAbsent(gameId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(gameId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public void broadcast(String gameId, List<EventEnvelope> events) {
        CopyOnWriteArrayList<GameEventListener> watching = listeners.get(gameId);
        if (watching == null) return;
        for (GameEventListener listener : watching) {
            try {
                for (EventEnvelope e : events) listener.onEvent(e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a watcher of game " + gameId + " failed", e);
            }
        }
    }

    /** How many listeners watch the game. */
    public int subscriberCount(String gameId) {
        CopyOnWriteArrayList<GameEventListener> watching = listeners.get(gameId);
        return watching == null ? 0 : watching.size();
    }
}
