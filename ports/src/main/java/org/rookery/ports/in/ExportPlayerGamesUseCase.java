package org.rookery.ports.in;

import java.util.stream.Stream;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivedGame;

/**
 * All of a player's finished games that pass a filter, newest first, for a PGN download. The
 * stream is lazy: it reads the archive a page at a time as it is consumed, so a player's whole
 * history never sits in memory, and games archived after it started do not join it.
 * Implementations are thread-safe; each stream is for one thread.
 */
public interface ExportPlayerGamesUseCase {

    /** @throws InvalidArchiveQueryException when {@code playerId} is no possible player id */
    Stream<ArchivedGame> exportGames(String playerId, ArchiveFilter filter);
}
