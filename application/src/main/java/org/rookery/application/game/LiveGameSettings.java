package org.rookery.application.game;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the live-game service. Immutable.
 *
 * @param snapshotEveryMoves a snapshot is stored once this many moves were played since the last one
 * @param snapshotEvery      ... or once this much time passed since the last one and the game moved
 *                           on since (whichever comes first; a finished game is always snapshotted)
 * @param lockWait           how long a command waits for its game's previous commands before it is
 *                           refused as busy ({@link org.rookery.ports.in.GameBusyException})
 */
public record LiveGameSettings(int snapshotEveryMoves, Duration snapshotEvery, Duration lockWait) {
    /** The seeds' snapshot policy (10 moves or 5 minutes) and a 2 s wait for a busy game. */
    public static final LiveGameSettings DEFAULTS = new LiveGameSettings(10, Duration.ofMinutes(5), Duration.ofSeconds(2));

    public LiveGameSettings {
        if (snapshotEveryMoves < 1) throw new IllegalArgumentException("snapshotEveryMoves must be positive, got " + snapshotEveryMoves);
        Objects.requireNonNull(snapshotEvery, "snapshotEvery");
        Objects.requireNonNull(lockWait, "lockWait");
        if (!snapshotEvery.isPositive()) throw new IllegalArgumentException("snapshotEvery must be positive");
        if (lockWait.isNegative()) throw new IllegalArgumentException("lockWait must not be negative");
    }
}
