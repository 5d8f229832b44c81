package org.rookery.domain.event;

import java.util.Objects;
import org.rookery.domain.clock.TimeControl;

/**
 * A game finished with a result. Carries what downstream consumers (ratings, history) need
 * without reading anything else: players, rating flag, time control and the PGN. {@code by} is
 * the actor whose command ended the game ({@code "system"} for the flag timer); the clocks are
 * the final ones. Immutable.
 */
public record GameEnded(
        GameResult result,
        EndReason reason,
        String white,
        String black,
        boolean rated,
        TimeControl timeControl,
        String pgn,
        String by,
        long whiteMs,
        long blackMs)
        implements GameEvent {
    public static final String TYPE = "GameEnded";
    public static final int SCHEMA_VERSION = 1;

    public GameEnded {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
        Objects.requireNonNull(timeControl, "timeControl");
        Objects.requireNonNull(pgn, "pgn");
        Objects.requireNonNull(by, "by");
        if (reason == EndReason.ABORTED) throw new IllegalArgumentException("an aborted game is GameAborted");
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
