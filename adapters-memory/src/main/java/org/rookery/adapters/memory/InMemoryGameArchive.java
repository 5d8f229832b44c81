package org.rookery.adapters.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;

/**
 * The history's archive in memory: archived games by id, creation notes of games in progress, and
 * per player a skip list of their games in archive order, so a page is a walk from the position
 * after the last one (filters are checked on the way). Writes are serialized; reads take no lock.
 * Thread-safe.
 */
public final class InMemoryGameArchive implements GameArchive {
    private final ConcurrentHashMap<String, Instant> created = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ArchivedGame> games = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, NavigableMap<ArchivePosition, ArchivedGame>> byPlayer = new ConcurrentHashMap<>();
    private final ReentrantLock writes = new ReentrantLock();

    @Override
    public void noteCreated(String gameId, Instant createdAt) {
        requireId(gameId);
        if (createdAt == null) throw new IllegalArgumentException("createdAt is required");
        writes.lock();
        try {
            if (!games.containsKey(gameId)) created.putIfAbsent(gameId, createdAt);
        } finally {
            writes.unlock();
        }
    }

    @Override
    public Optional<Instant> createdAt(String gameId) {
        return Optional.ofNullable(created.get(gameId));
    }

    @Override
    public void forgetUnfinished(String gameId) {
        created.remove(gameId);
    }

    @Override
    public boolean archive(ArchivedGame game) {
        writes.lock();
        try {
            if (games.putIfAbsent(game.gameId(), game) != null) return false;
            index(game.white(), game);
            index(game.black(), game);
            created.remove(game.gameId());
            return true;
        } finally {
            writes.unlock();
        }
    }

    @Override
    public Optional<ArchivedGame> find(String gameId) {
        return Optional.ofNullable(games.get(gameId));
    }

    @Override
    public List<ArchivedGame> page(String playerId, ArchiveFilter filter, Optional<ArchivePosition> after, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive, got " + limit);
        NavigableMap<ArchivePosition, ArchivedGame> all = byPlayer.get(playerId);
        if (all == null) return List.of();
        NavigableMap<ArchivePosition, ArchivedGame> rest = after.isPresent() ? all.tailMap(after.get(), false) : all;
        List<ArchivedGame> page = new ArrayList<>(Math.min(limit, 64));
        for (Map.Entry<ArchivePosition, ArchivedGame> e : rest.entrySet()) {
            if (!filter.matches(e.getValue(), playerId)) continue;
            page.add(e.getValue());
            if (page.size() == limit) break;
        }
        return page;
    }

    private void index(String playerId, ArchivedGame game) {
        byPlayer.computeIfAbsent(playerId, p -> new ConcurrentSkipListMap<>()).put(game.position(), game);
    }

    private static void requireId(String gameId) {
        if (gameId == null || gameId.isBlank()) throw new IllegalArgumentException("gameId must not be blank");
    }
}
