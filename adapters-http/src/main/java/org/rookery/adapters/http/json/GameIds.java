package org.rookery.adapters.http.json;

import org.rookery.adapters.http.problem.ApiProblemException;

/**
 * Checks game ids taken from URLs before they reach the use cases: 1 to 128 characters of
 * letters, digits, {@code -} and {@code _}; anything else cannot name a game. Stateless.
 */
public final class GameIds {
    private GameIds() {}

    public static String require(String gameId) {
        if (!isPlausible(gameId)) throw new ApiProblemException(404, "game_not_found", "no game has this id");
        return gameId;
    }

    public static boolean isPlausible(String gameId) {
        if (gameId == null || gameId.isEmpty() || gameId.length() > 128) return false;
        for (int i = 0; i < gameId.length(); i++) {
            char c = gameId.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) return false;
        }
        return true;
    }
}
