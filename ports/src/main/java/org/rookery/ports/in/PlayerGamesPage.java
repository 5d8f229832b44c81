package org.rookery.ports.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;

/** One page of a player's archive, newest first, and where the next page starts (empty on the last page). Immutable. */
public record PlayerGamesPage(String playerId, List<ArchivedGame> games, Optional<ArchivePosition> next) {
    public PlayerGamesPage {
        Objects.requireNonNull(playerId, "playerId");
        games = List.copyOf(games);
        Objects.requireNonNull(next, "next");
    }
}
