package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;
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
    private final Map<PlayerId, PoolLine.Place> places = new HashMap<>();
    /** One line per pool where someone waits, in the order the pools were opened. */
    private final Map<MatchPool, PoolLine> lines = new LinkedHashMap<>();

    public MatchmakingQueue(QueueConfig config) {
        this.config = config;
        this.rateLimit = new JoinRateLimit(config.joinInterval());
    }

    /** Asks for {@code player}, rated {@code rating}, to wait in {@code pool} from {@code now}. */
    public JoinOutcome join(PlayerId player, MatchPool pool, double rating, Instant now) {
        InvalidMatchmakingException.present(player, "player");
        InvalidMatchmakingException.present(pool, "pool");
        InvalidMatchmakingException.present(now, "join instant");
        PoolLine.Place current = places.get(player);
        if (current != null && current.entry().pool().equals(pool)) {
            return new JoinOutcome.AlreadyWaiting(current.entry());
        }
        Optional<Duration> retryAfter = rateLimit.retryAfter(player, now);
        if (retryAfter.isPresent()) {
            return new JoinOutcome.TooSoon(retryAfter.get());
        }
        if (current == null && places.size() >= config.capacity()) {
            return new JoinOutcome.QueueFull(config.capacity());
        }
        QueueEntry entry = new QueueEntry(player, pool, rating, now);
        if (current != null) {
            removePlayer(player);
        }
        places.put(player, lines.computeIfAbsent(pool, ignored -> new PoolLine()).add(entry));
        rateLimit.recordJoin(player, now);
        return current == null ? new JoinOutcome.Joined(entry) : new JoinOutcome.Switched(entry, current.entry());
    }

    /** Takes the player out of whatever pool they wait in; returns the entry they had, if any. */
    public Optional<QueueEntry> leave(PlayerId player) {
        PoolLine.Place place = removePlayer(player);
        return place == null ? Optional.empty() : Optional.of(place.entry());
    }

    public Optional<QueueEntry> entryOf(PlayerId player) {
        PoolLine.Place place = places.get(player);
        return place == null ? Optional.empty() : Optional.of(place.entry());
    }

    /** The players waiting in {@code pool}, in the order they joined. */
    public List<QueueEntry> waiting(MatchPool pool) {
        PoolLine line = lines.get(pool);
        return line == null ? List.of() : line.entries();
    }

    /** The pools where someone is waiting, in the order they were opened; a snapshot. */
    public List<MatchPool> pools() {
        return List.copyOf(lines.keySet());
    }

    /** Players waiting, across all pools. */
    public int size() {
        return places.size();
    }

    public QueueConfig config() {
        return config;
    }

    /** Takes the players of a wave's matches out of the queue. */
    void removePaired(List<Match> matches) {
        for (Match match : matches) {
            removePlayer(match.white());
            removePlayer(match.black());
        }
    }

    private PoolLine.Place removePlayer(PlayerId player) {
        PoolLine.Place place = places.remove(player);
        if (place != null) {
            place.line().remove(place);
            if (place.line().isEmpty()) {
                lines.remove(place.entry().pool());
            }
        }
        return place;
    }
}
