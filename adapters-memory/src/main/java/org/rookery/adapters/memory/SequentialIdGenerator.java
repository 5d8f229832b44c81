package org.rookery.adapters.memory;

import java.util.concurrent.atomic.AtomicLong;
import org.rookery.ports.out.IdGenerator;

/**
 * Ids from counters ({@code g-1}, {@code e-1}, …) with a prefix per process: unique within one
 * process, readable in tests, cheap on the hot path. Thread-safe.
 */
public final class SequentialIdGenerator implements IdGenerator {
    private final String prefix;
    private final AtomicLong games = new AtomicLong();
    private final AtomicLong events = new AtomicLong();

    public SequentialIdGenerator() {
        this("");
    }

    /** Ids start with {@code prefix}, e.g. a node name, so several processes can share a log. */
    public SequentialIdGenerator(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String newGameId() {
        return prefix + "g-" + games.incrementAndGet();
    }

    @Override
    public String newEventId() {
        return prefix + "e-" + events.incrementAndGet();
    }
}
