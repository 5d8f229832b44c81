package org.rookery.ports.in;

import java.util.Objects;
import java.util.Optional;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;

/**
 * Which page of a player's archive: the player (1 to {@value #MAX_PLAYER_ID} characters, not
 * blank), the filter, where the previous page stopped (empty: from the newest game) and 1 to
 * {@value #MAX_LIMIT} games. Invalid values cannot exist. Immutable.
 */
public record PlayerGamesQuery(String playerId, ArchiveFilter filter, Optional<ArchivePosition> after, int limit) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_PLAYER_ID = 128;

    public PlayerGamesQuery {
        requirePlayer(playerId);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidArchiveQueryException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** Throws {@link InvalidArchiveQueryException} unless {@code playerId} is a possible player id. */
    public static void requirePlayer(String playerId) {
        if (playerId == null || playerId.isBlank() || playerId.length() > MAX_PLAYER_ID) {
            throw new InvalidArchiveQueryException("playerId", "a user id has 1 to " + MAX_PLAYER_ID + " characters and is not blank");
        }
    }
}
