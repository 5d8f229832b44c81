package org.rookery.ports.out;

import java.util.Optional;
import org.rookery.domain.game.GameMemento;

/**
 * Keeps the latest snapshot of each game, so that a game is rebuilt from its snapshot plus the
 * events after it instead of from its whole log. Implementations are thread-safe.
 */
public interface GameSnapshotStore {

    /** Stores the snapshot unless a snapshot of the same game at a higher or equal seq is already stored. */
    void save(GameMemento snapshot);

    /** The game's most recent snapshot, if any. */
    Optional<GameMemento> latest(String gameId);
}
