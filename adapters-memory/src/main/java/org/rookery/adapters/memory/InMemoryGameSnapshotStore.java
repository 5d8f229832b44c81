package org.rookery.adapters.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rookery.domain.game.GameMemento;
import org.rookery.ports.out.GameSnapshotStore;

/** The latest snapshot of each game, in a map. Thread-safe. */
public final class InMemoryGameSnapshotStore implements GameSnapshotStore {
    private final ConcurrentHashMap<String, GameMemento> latest = new ConcurrentHashMap<>();

    @Override
    public void save(GameMemento snapshot) {
        latest.merge(snapshot.gameId(), snapshot, (old, candidate) -> candidate.seq() > old.seq() ? candidate : old);
    }

    @Override
    public Optional<GameMemento> latest(String gameId) {
        return Optional.ofNullable(latest.get(gameId));
    }

    /** Drops a game's snapshot, so that long in-process runs (benchmarks) can bound memory. */
    public void forget(String gameId) {
        latest.remove(gameId);
    }

    /** How many games have a snapshot. */
    public int size() {
        return latest.size();
    }
}
