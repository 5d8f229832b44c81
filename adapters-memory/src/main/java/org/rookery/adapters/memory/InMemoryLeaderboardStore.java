package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.LeaderboardEntry;
import org.rookery.ports.out.LeaderboardStore;

/**
 * One board per pool: an order-statistic treap ({@link RankTree}) for ranks and pages in
 * O(log n), beside a hash map of each player's placed rating and version; each pool behind its own
 * read-write lock. Thread-safe.
 */
public final class InMemoryLeaderboardStore implements LeaderboardStore {
    /** What the board knows of a player: the last version seen, and the rating shown (NaN when off the board). */
    private record Placement(double rating, long version) {
        boolean shown() {
            return !Double.isNaN(rating);
        }
    }

    private static final class Board {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final HashMap<String, Placement> players = new HashMap<>();
        RankTree tree = new RankTree();
    }

    private final Map<RatingPool, Board> boards = new EnumMap<>(RatingPool.class);

    public InMemoryLeaderboardStore() {
        for (RatingPool pool : RatingPool.values()) boards.put(pool, new Board());
    }

    @Override
    public void place(RatingPool pool, String playerId, double rating, long version) {
        if (!Double.isFinite(rating)) throw new IllegalArgumentException("rating must be finite, got " + rating);
        update(pool, playerId, rating, version);
    }

    @Override
    public void remove(RatingPool pool, String playerId, long version) {
        update(pool, playerId, Double.NaN, version);
    }

    private void update(RatingPool pool, String playerId, double rating, long version) {
        Board board = boards.get(pool);
        board.lock.writeLock().lock();
        try {
            Placement before = board.players.get(playerId);
            if (before != null && before.version() >= version) return; // a newer rating is shown already
            if (before != null && before.shown()) board.tree.delete(playerId, before.rating());
            Placement after = new Placement(rating, version);
            if (after.shown()) board.tree.insert(playerId, rating);
            board.players.put(playerId, after);
        } finally {
            board.lock.writeLock().unlock();
        }
    }

    @Override
    public OptionalLong rankOf(RatingPool pool, String playerId) {
        Board board = boards.get(pool);
        board.lock.readLock().lock();
        try {
            Placement placed = board.players.get(playerId);
            return placed == null || !placed.shown() ? OptionalLong.empty() : OptionalLong.of(board.tree.rankOf(playerId, placed.rating()));
        } finally {
            board.lock.readLock().unlock();
        }
    }

    @Override
    public List<LeaderboardEntry> page(RatingPool pool, long offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
        Board board = boards.get(pool);
        board.lock.readLock().lock();
        try {
            List<LeaderboardEntry> entries = new ArrayList<>();
            long rank = offset;
            for (RankTree.Ranked key : board.tree.range(offset, limit)) entries.add(new LeaderboardEntry(++rank, key.player(), key.rating()));
            return entries;
        } finally {
            board.lock.readLock().unlock();
        }
    }

    @Override
    public long size(RatingPool pool) {
        Board board = boards.get(pool);
        board.lock.readLock().lock();
        try {
            return board.tree.size();
        } finally {
            board.lock.readLock().unlock();
        }
    }

    @Override
    public void clear() {
        for (Board board : boards.values()) {
            board.lock.writeLock().lock();
            try {
                board.players.clear();
                board.tree = new RankTree();
            } finally {
                board.lock.writeLock().unlock();
            }
        }
    }
}
