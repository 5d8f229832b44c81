package org.rookery.application.game;

import java.util.List;
import java.util.Optional;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameMemento;
import org.rookery.ports.out.ActiveGameCache;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.GameSnapshotStore;

/**
 * Finds a game: live in the cache, or rebuilt from its latest snapshot plus the events after
 * it (or from its whole log), in which case an unfinished game goes back into the cache.
 * Thread-safe; call {@link #load} under the game's lock ({@link #rebuild} needs none).
 */
final class GameLoader {
    private final ActiveGameCache cache;
    private final GameSnapshotStore snapshots;
    private final GameEventLog log;

    GameLoader(ActiveGameCache cache, GameSnapshotStore snapshots, GameEventLog log) {
        this.cache = cache;
        this.snapshots = snapshots;
        this.log = log;
    }

    /** The game, or null when no game has this id. */
    Game load(String gameId) {
        Optional<Game> cached = cache.find(gameId);
        if (cached.isPresent()) return cached.get();
        Game game = rebuild(gameId);
        if (game != null && !game.lifecycle().isTerminal()) cache.put(game);
        return game;
    }

    /** The game rebuilt from the store, without touching the cache (a reader's copy), or null. */
    Game rebuild(String gameId) {
        Optional<GameMemento> snapshot = snapshots.latest(gameId);
        List<EventEnvelope> tail = log.readAfter(gameId, snapshot.map(GameMemento::seq).orElse(0L));
        if (snapshot.isEmpty()) return tail.isEmpty() ? null : Game.replay(tail);
        Game game = Game.restore(snapshot.get());
        tail.forEach(game::apply);
        return game;
    }
}
