package org.rookery.domain.event;

import java.util.Objects;

/**
 * A move was accepted. {@code ply} counts the half-moves played in the game including this one
 * (so it is the {@code ply} the next move request must carry); {@code fen} is the position after
 * the move; {@code whiteMs}/{@code blackMs} are the clocks after it (increment included);
 * {@code moveId} is the client's idempotency key. Immutable.
 */
public record MovePlayed(int ply, String uci, String san, String fen, long whiteMs, long blackMs, String moveId)
        implements GameEvent {
    public static final String TYPE = "MovePlayed";
    public static final int SCHEMA_VERSION = 1;

    public MovePlayed {
        if (ply < 1) throw new IllegalArgumentException("ply counts from 1, got " + ply);
        Objects.requireNonNull(uci, "uci");
        Objects.requireNonNull(san, "san");
        Objects.requireNonNull(fen, "fen");
        Objects.requireNonNull(moveId, "moveId");
        if (whiteMs < 0 || blackMs < 0) throw new IllegalArgumentException("clocks cannot be negative");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
