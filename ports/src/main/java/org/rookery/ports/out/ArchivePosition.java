package org.rookery.ports.out;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a player's archive, which runs newest first: a game's end instant and, for games that
 * ended at the same instant, its id (higher ids first). Pages resume strictly after a position, so
 * games archived later at the head never shift the pages that follow. Immutable.
 */
public record ArchivePosition(Instant endedAt, String gameId) implements Comparable<ArchivePosition> {
    /** The archive's order: newest first, then game id descending. */
    public static final Comparator<ArchivePosition> NEWEST_FIRST =
            Comparator.comparing(ArchivePosition::endedAt).thenComparing(ArchivePosition::gameId).reversed();

    public ArchivePosition {
        Objects.requireNonNull(endedAt, "endedAt");
        if (gameId == null || gameId.isBlank()) throw new IllegalArgumentException("gameId must not be blank");
    }

    /** Negative when this position comes first in the archive (it is newer). */
    @Override
    public int compareTo(ArchivePosition other) {
        return NEWEST_FIRST.compare(this, other);
    }
}
