package org.rookery.adapters.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rookery.domain.game.Game;
import org.rookery.ports.out.ActiveGameCache;

/** Live games in a concurrent map. Thread-safe (the games themselves are guarded by the caller's per-game lock). */
public final class InMemoryActiveGameCache implements ActiveGameCache {
    private final ConcurrentHashMap<String, Game> games = new ConcurrentHashMap<>();

    @Override
    public Optional<Game> find(String gameId) {
        return Optional.ofNullable(games.get(gameId));
    }

    @Override
    public void put(Game game) {
        games.put(game.id(), game);
    }

    @Override
    public void remove(String gameId) {
        games.remove(gameId);
    }

    @Override
    public int size() {
        return games.size();
    }
}
