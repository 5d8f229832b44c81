package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One accepted join per player per interval, remembering only joins still inside it; not thread-safe. */
final class JoinRateLimit {

    private final Duration interval;
    /** Last accepted join per player, oldest first: a join is removed and re-added, so order is join order. */
    private final LinkedHashMap<PlayerId, Instant> lastJoins = new LinkedHashMap<>();

    JoinRateLimit(Duration interval) {
        this.interval = interval;
    }

    /** How long the player must still wait before joining again, or empty if they may join now. */
    Optional<Duration> retryAfter(PlayerId player, Instant now) {
        forgetExpired(now);
        Instant last = lastJoins.get(player);
        if (last == null) {
            return Optional.empty();
        }
        Instant allowedFrom = last.plus(interval);
        return now.isBefore(allowedFrom) ? Optional.of(Duration.between(now, allowedFrom)) : Optional.empty();
    }

    void recordJoin(PlayerId player, Instant now) {
        lastJoins.remove(player);
        lastJoins.put(player, now);
    }

    int remembered() {
        return lastJoins.size();
    }

    private void forgetExpired(Instant now) {
        Iterator<Map.Entry<PlayerId, Instant>> oldestFirst = lastJoins.entrySet().iterator();
        while (oldestFirst.hasNext() && !now.isBefore(oldestFirst.next().getValue().plus(interval))) {
            oldestFirst.remove();
        }
    }
}
