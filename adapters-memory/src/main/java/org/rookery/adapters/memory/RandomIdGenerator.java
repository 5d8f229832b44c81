package org.rookery.adapters.memory;

import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.rookery.ports.out.IdGenerator;

/**
 * Random (version 4) UUIDs drawn from an injected generator: unguessable game ids when the
 * generator is a secure one, reproducible ones with a seeded generator. Thread-safe: draws are
 * serialized, since most generators are not.
 */
public final class RandomIdGenerator implements IdGenerator {
    private final RandomGenerator random;
    private final ReentrantLock lock = new ReentrantLock();

    public RandomIdGenerator(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public String newGameId() {
        return next();
    }

    @Override
    public String newEventId() {
        return next();
    }

    private String next() {
        long hi, lo;
        lock.lock();
        try {
            hi = random.nextLong();
            lo = random.nextLong();
        } finally {
            lock.unlock();
        }
        hi = (hi & ~0xF000L) | 0x4000L; // version 4
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(hi, lo).toString();
    }
}
