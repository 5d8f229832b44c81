package org.rookery.client;

import java.util.Objects;
import java.util.UUID;

/**
 * A move to play: its UCI text, the client's idempotency key {@code moveId} and the {@code ply} it
 * was decided at (half-moves already played; 0 for White's first move). Sending the same command
 * twice plays it at most once: the server answers a repeated {@code moveId} with its first answer.
 * Immutable.
 */
public record MoveCommand(String uci, String moveId, int ply) {
    public MoveCommand {
        Objects.requireNonNull(uci, "uci");
        Objects.requireNonNull(moveId, "moveId");
        if (uci.isBlank() || uci.length() > 5) throw new IllegalArgumentException("uci must be a move such as e2e4 or e7e8q, got '" + uci + "'");
        if (!RequestIds.isValid(moveId)) throw new IllegalArgumentException("moveId must be 1-128 visible ASCII characters");
        if (ply < 0) throw new IllegalArgumentException("ply must be >= 0, got " + ply);
    }

    /** The move with a fresh random {@code moveId}. */
    public static MoveCommand of(String uci, int ply) {
        return new MoveCommand(uci, UUID.randomUUID().toString(), ply);
    }
}
