package org.rookery.client;

import java.util.Objects;

/** The server's answer to an accepted move: its event {@code seq}, ply, UCI and SAN, the new position, clock and game status. Immutable. */
public record MoveAnswer(long seq, int ply, String uci, String san, String fen, Clock clock, GameStatus status) {
    public MoveAnswer {
        Objects.requireNonNull(uci, "uci");
        Objects.requireNonNull(fen, "fen");
        Objects.requireNonNull(status, "status");
    }
}
