package org.rookery.application.game;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameReadView;

/**
 * The latest read view of every game in memory, published by the pipeline after each command
 * (under the game's lock) and read by queries without any lock. Thread-safe.
 */
public final class ReadViews {
    private final ConcurrentHashMap<String, GameReadView> views = new ConcurrentHashMap<>();

    void publish(Game game) {
        views.put(game.id(), game.readView());
    }

    /** Publishes the game's view unless one is there already (a game a command loaded but did not change). */
    void publishIfAbsent(Game game) {
        if (!views.containsKey(game.id())) publish(game);
    }

    void forget(String gameId) {
        views.remove(gameId);
    }

    /** How many games have a view: the games in memory that have not ended. */
    int size() {
        return views.size();
    }

    Optional<GameReadView> find(String gameId) {
        return Optional.ofNullable(views.get(gameId));
    }
}
