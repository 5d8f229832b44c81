package org.rookery.adapters.memory;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.RatedSide;
import org.rookery.ports.out.RatingChange;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.RatingWriteResult;
import org.rookery.ports.out.ResultKey;
import org.rookery.ports.out.StoredRating;

/**
 * Ratings per pool and applied result keys in hash maps, behind one read-write lock: a result's
 * check-and-write is one critical section, which is what makes it atomic; reads run in parallel.
 * Thread-safe.
 */
public final class InMemoryRatingStore implements RatingStore {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<RatingPool, HashMap<String, StoredRating>> pools = new EnumMap<>(RatingPool.class);
    private final HashSet<ResultKey> applied = new HashSet<>();

    public InMemoryRatingStore() {
        for (RatingPool pool : RatingPool.values()) pools.put(pool, new HashMap<>());
    }

    @Override
    public Optional<StoredRating> find(String playerId, RatingPool pool) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(pools.get(pool).get(playerId));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<RatingPool, StoredRating> findAll(String playerId) {
        lock.readLock().lock();
        try {
            Map<RatingPool, StoredRating> found = new EnumMap<>(RatingPool.class);
            pools.forEach((pool, ratings) -> {
                StoredRating rating = ratings.get(playerId);
                if (rating != null) found.put(pool, rating);
            });
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public boolean isApplied(ResultKey key) {
        lock.readLock().lock();
        try {
            return applied.contains(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public RatingWriteResult apply(RatingChange change) {
        HashMap<String, StoredRating> ratings = pools.get(change.key().pool());
        lock.writeLock().lock();
        try {
            if (applied.contains(change.key())) return RatingWriteResult.ALREADY_APPLIED;
            if (!current(ratings, change.white()) || !current(ratings, change.black())) return RatingWriteResult.STALE;
            write(ratings, change.white());
            write(ratings, change.black());
            applied.add(change.key());
            return RatingWriteResult.APPLIED;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void forEachRating(RatingPool pool, BiConsumer<String, StoredRating> action) {
        Map<String, StoredRating> copy;
        lock.readLock().lock();
        try {
            copy = Map.copyOf(pools.get(pool));
        } finally {
            lock.readLock().unlock();
        }
        copy.forEach(action); // outside the lock: the action may call back into the store
    }

    @Override
    public long appliedCount() {
        lock.readLock().lock();
        try {
            return applied.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void deleteAll() {
        lock.writeLock().lock();
        try {
            pools.values().forEach(HashMap::clear);
            applied.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static boolean current(Map<String, StoredRating> ratings, RatedSide side) {
        StoredRating stored = ratings.get(side.playerId());
        return (stored == null ? 0 : stored.version()) == side.expectedVersion();
    }

    private static void write(Map<String, StoredRating> ratings, RatedSide side) {
        ratings.put(side.playerId(), new StoredRating(side.after(), side.expectedVersion() + 1));
    }
}
