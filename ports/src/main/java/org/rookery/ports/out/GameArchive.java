package org.rookery.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history's store of finished games, fed from the {@code game-events} stream: it notes when
 * each game was created, archives each finished game once, and reads a game by id or a player's
 * games newest first, a page at a time from a position (keyset paging: a page costs the same at
 * any depth and is never shifted by games archived meanwhile). Every write may be repeated (the
 * stream is at least once) and changes nothing the second time. Implementations are thread-safe.
 */
public interface GameArchive {

    /** Notes when a game was created, unless the archive knows the game already (noted, or archived). */
    void noteCreated(String gameId, Instant createdAt);

    /** When a game not archived yet was created, as noted; empty when it was not noted or is archived. */
    Optional<Instant> createdAt(String gameId);

    /** Forgets a game that ended without a result (aborted): its creation note goes; an archived game stays. */
    void forgetUnfinished(String gameId);

    /**
     * Archives a finished game unless a game with its id is archived already (the first one stays,
     * whatever the second holds), and drops its creation note.
     *
     * @return true when the game was archived now, false when it was archived before
     */
    boolean archive(ArchivedGame game);

    /** The archived game with this id. */
    Optional<ArchivedGame> find(String gameId);

    /**
     * Up to {@code limit} of the player's archived games that pass {@code filter}, newest first
     * ({@link ArchivePosition#NEWEST_FIRST}), starting strictly after {@code after} (empty: from the
     * newest). Empty for a player with no games.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    List<ArchivedGame> page(String playerId, ArchiveFilter filter, Optional<ArchivePosition> after, int limit);
}
