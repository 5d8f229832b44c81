package org.rookery.adapters.memory;

import java.util.concurrent.ConcurrentHashMap;
import org.rookery.ports.out.RelayCheckpoint;

/** Relay checkpoints in memory, for the life of the process. Thread-safe. */
public final class InMemoryRelayCheckpoint implements RelayCheckpoint {
    private final ConcurrentHashMap<String, Long> positions = new ConcurrentHashMap<>();

    @Override
    public long position(String relay) {
        return positions.getOrDefault(relay, 0L);
    }

    @Override
    public void save(String relay, long position) {
        if (position < 0) throw new IllegalArgumentException("a position cannot be negative, got " + position);
        positions.merge(relay, position, Math::max);
    }
}
