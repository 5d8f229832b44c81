package org.rookery.ports.out;

import java.util.Optional;
import org.rookery.domain.game.Game;

/**
 * The games this node is playing, kept live in memory so that a move costs no load: the
 * aggregate itself, mutated under the application's per-game lock. Implementations are
 * thread-safe; the games they hold are not, and only the holder of a game's lock touches one.
 */
public interface ActiveGameCache {

    Optional<Game> find(String gameId);

    void put(Game game);

    void remove(String gameId);

    /** How many games are cached. */
    int size();
}
