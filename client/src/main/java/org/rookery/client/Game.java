package org.rookery.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A game as the server shows it (API.md's game object): players, position, moves played (UCI),
 * the last event's {@code seq}, clock, and result once it is over. Fields the server adds later
 * are ignored. Immutable.
 *
 * @param white the white player's user id, or null while the seat is free
 * @param black the black player's user id, or null while the seat is free
 * @param result null while the game goes on
 * @param reason null while the game goes on
 * @param drawOfferBy the side whose draw offer stands, or null
 */
public record Game(String gameId, GameStatus status, String white, String black, String fen, List<String> moves, long seq,
        Clock clock, GameResult result, EndReason reason, TimeControl timeControl, boolean rated, Instant createdAt,
        Side drawOfferBy) {
    public Game {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fen, "fen");
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    /** Half-moves played so far: the {@code ply} of the next move. */
    public int ply() {
        return moves.size();
    }

    /** The side {@code userId} plays, or null for a spectator. */
    public Side sideOf(String userId) {
        if (userId == null) return null;
        if (userId.equals(white)) return Side.WHITE;
        if (userId.equals(black)) return Side.BLACK;
        return null;
    }
}
