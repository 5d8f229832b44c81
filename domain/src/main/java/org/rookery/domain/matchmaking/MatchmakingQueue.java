package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The players waiting for a game, in one line per pool, at most one entry per player across all
 * pools; not thread-safe (one owner, or a lock around it, shared with the {@link Matchmaker} that
 * pairs it).
 *
 * <p>Joining another pool while waiting switches pools: the old entry is dropped (a player wants
 * the game they asked for last). Joining the same pool again keeps the first entry and its waiting
 * time. Leaving is immediate. Every accepted join counts against the join rate (one per player per
 * {@link QueueConfig#joinInterval()}); rejected attempts do not. The queue holds at most
 * {@link QueueConfig#capacity()} players.
 *
 * <p>A queue is built on a {@link PairingHistory} and keeps each waiting player's place on the
 * card that holds their recent games, so a wave over it looks nothing up: it is paired by a
 * {@link Matchmaker} over the same history.
 */
public final class MatchmakingQueue {

    private final QueueConfig config;
    private final PairingHistory history;
    private final Roster roster;
    private final JoinRateLimit rateLimit;
    /** One line per pool where someone waits, in the order the pools were opened. */
    private final Map<MatchPool, PoolLine> lines = new LinkedHashMap<>();
    /** Players waiting, across all lines. */
    private int size;

    /** An empty queue whose players' recent games are those {@code history} remembers. */
    public MatchmakingQueue(QueueConfig config, PairingHistory history) {
        this.config = InvalidMatchmakingException.present(config, "queue config");
        this.history = InvalidMatchmakingException.present(history, "pairing history");
        this.roster = history.roster();
        this.rateLimit = new JoinRateLimit(config.joinInterval());
    }

    /** Asks for {@code player}, rated {@code rating}, to wait in {@code pool} from {@code now}. */
    public JoinOutcome join(PlayerId player, MatchPool pool, double rating, Instant now) {
        InvalidMatchmakingException.present(player, "player");
        InvalidMatchmakingException.present(pool, "pool");
        InvalidMatchmakingException.present(now, "join instant");
        PlayerCard card = roster.find(player);
        QueueEntry current = card == null ? null : card.entry();
        if (current != null && current.pool().equals(pool)) {
            return new JoinOutcome.AlreadyWaiting(current);
        }
        Optional<Duration> retryAfter = rateLimit.retryAfter(player, now);
        if (retryAfter.isPresent()) {
            return new JoinOutcome.TooSoon(retryAfter.get());
        }
        if (current == null && size >= config.capacity()) {
            return new JoinOutcome.QueueFull(config.capacity());
        }
        QueueEntry entry = new QueueEntry(player, pool, rating, now);
        if (current != null) {
            takeOut(card);
        } else if (card == null) {
            card = roster.add(player);
        }
        lines.computeIfAbsent(pool, ignored -> new PoolLine()).add(card, entry);
        size++;
        rateLimit.recordJoin(player, now);
        return current == null ? new JoinOutcome.Joined(entry) : new JoinOutcome.Switched(entry, current);
    }

    /** Takes the player out of whatever pool they wait in; returns the entry they had, if any. */
    public Optional<QueueEntry> leave(PlayerId player) {
        PlayerCard card = roster.find(player);
        if (card == null || !card.waiting()) {
            return Optional.empty();
        }
        QueueEntry entry = card.entry();
        takeOut(card);
        roster.dropIfBlank(card);
        return Optional.of(entry);
    }

    public Optional<QueueEntry> entryOf(PlayerId player) {
        PlayerCard card = roster.find(player);
        return card == null ? Optional.empty() : Optional.ofNullable(card.entry());
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
        return size;
    }

    public QueueConfig config() {
        return config;
    }

    PairingHistory history() {
        return history;
    }

    /** The pool's line, or {@code null} when nobody waits there. */
    PoolLine line(MatchPool pool) {
        return lines.get(pool);
    }

    /** After a wave took players out of the pool's line: closes its holes, and forgets it if nobody is left. */
    void settle(MatchPool pool) {
        PoolLine line = lines.get(pool);
        if (line == null) {
            return;
        }
        if (line.isEmpty()) {
            lines.remove(pool);
        } else {
            line.closeHoles();
        }
        size = 0;
        for (PoolLine waiting : lines.values()) {
            size += waiting.waiting();
        }
    }

    private void takeOut(PlayerCard card) {
        MatchPool pool = card.entry().pool();
        PoolLine line = card.line();
        line.remove(card);
        size--;
        if (line.isEmpty()) {
            lines.remove(pool);
        }
    }
}
