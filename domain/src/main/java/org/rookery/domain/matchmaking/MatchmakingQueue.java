package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The players waiting for a game, in one queue per pool, at most one entry per player across all
 * pools; not thread-safe (one owner, or a lock around it).
 *
 * <p>Joining another pool while waiting switches pools: the old entry is dropped (a player wants
 * the game they asked for last). Joining the same pool again keeps the first entry and its waiting
 * time. Leaving is immediate. Every accepted join counts against the join rate (one per player per
 * {@link QueueConfig#joinInterval()}); rejected attempts do not. The queue holds at most
 * {@link QueueConfig#capacity()} players.
 */
public final class MatchmakingQueue {

    private final QueueConfig config;
    private final JoinRateLimit rateLimit;
    private final Map<PlayerId, QueueEntry> entries = new HashMap<>();
    /** Per pool, entries in join order; a pool is dropped when its last entry leaves. */
    private final Map<MatchPool, LinkedHashMap<PlayerId, QueueEntry>> pools = new LinkedHashMap<>();

    public MatchmakingQueue(QueueConfig config) {
        this.config = config;
        this.rateLimit = new JoinRateLimit(config.joinInterval());
    }

    /** Asks for {@code player}, rated {@code rating}, to wait in {@code pool} from {@code now}. */
    public JoinOutcome join(PlayerId player, MatchPool pool, double rating, Instant now) {
        QueueEntry current = entries.get(player);
        if (current != null && current.pool().equals(pool)) {
            return new JoinOutcome.AlreadyWaiting(current);
        }
        Optional<Duration> retryAfter = rateLimit.retryAfter(player, now);
        if (retryAfter.isPresent()) {
            return new JoinOutcome.TooSoon(retryAfter.get());
        }
        if (current == null && entries.size() >= config.capacity()) {
            return new JoinOutcome.QueueFull(config.capacity());
        }
        QueueEntry entry = new QueueEntry(player, pool, rating, now);
        if (current != null) {
            remove(current);
        }
        entries.put(player, entry);
        pools.computeIfAbsent(pool, ignored -> new LinkedHashMap<>()).put(player, entry);
        rateLimit.recordJoin(player, now);
        return current == null ? new JoinOutcome.Joined(entry) : new JoinOutcome.Switched(entry, current);
    }

    /** Takes the player out of whatever pool they wait in; returns the entry they had, if any. */
    public Optional<QueueEntry> leave(PlayerId player) {
        QueueEntry entry = entries.get(player);
        if (entry != null) {
            remove(entry);
        }
        return Optional.ofNullable(entry);
    }

    public Optional<QueueEntry> entryOf(PlayerId player) {
        return Optional.ofNullable(entries.get(player));
    }

    /** The players waiting in {@code pool}, in the order they joined. */
    public List<QueueEntry> waiting(MatchPool pool) {
        LinkedHashMap<PlayerId, QueueEntry> inPool = pools.get(pool);
        return inPool == null ? List.of() : new ArrayList<>(inPool.values());
    }

    /** The pools where someone is waiting, in the order they were opened; a snapshot. */
    public List<MatchPool> pools() {
        return List.copyOf(pools.keySet());
    }

    /** Players waiting, across all pools. */
    public int size() {
        return entries.size();
    }

    public QueueConfig config() {
        return config;
    }

    /** Takes the players of a wave's matches out of {@code pool}, which they all wait in. */
    void removePaired(MatchPool pool, List<Match> matches) {
        LinkedHashMap<PlayerId, QueueEntry> inPool = pools.get(pool);
        for (Match match : matches) {
            entries.remove(match.white());
            inPool.remove(match.white());
            entries.remove(match.black());
            inPool.remove(match.black());
        }
        if (inPool.isEmpty()) {
            pools.remove(pool);
        }
    }

    private void remove(QueueEntry entry) {
        entries.remove(entry.player());
        LinkedHashMap<PlayerId, QueueEntry> inPool = pools.get(entry.pool());
        inPool.remove(entry.player());
        if (inPool.isEmpty()) {
            pools.remove(entry.pool());
        }
    }
}
