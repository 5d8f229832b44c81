package org.rookery.ports.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to backfill: a mode and, for {@link BackfillMode#CATCH_UP}, the instant from which games
 * are offered again (empty: the whole log). A recalculation always replays the whole log. Immutable.
 */
public record BackfillRequest(BackfillMode mode, Optional<Instant> since) {
    public BackfillRequest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(since, "since");
        if (mode == BackfillMode.RECALCULATE && since.isPresent()) {
            throw new IllegalArgumentException("a recalculation replays the whole log; 'since' applies to catch-up only");
        }
    }

    public static BackfillRequest recalculate() {
        return new BackfillRequest(BackfillMode.RECALCULATE, Optional.empty());
    }

    public static BackfillRequest catchUpSince(Instant since) {
        return new BackfillRequest(BackfillMode.CATCH_UP, Optional.of(since));
    }
}
