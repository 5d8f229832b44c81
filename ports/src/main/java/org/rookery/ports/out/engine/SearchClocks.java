package org.rookery.ports.out.engine;

/**
 * Both players' remaining times and increments, in milliseconds, for a search that lets the
 * engine budget its own time as in a real game (UCI {@code wtime btime winc binc}). Immutable.
 */
public record SearchClocks(long whiteMs, long blackMs, long whiteIncrementMs, long blackIncrementMs) {
    public SearchClocks {
        if (whiteMs < 0 || blackMs < 0) throw new IllegalArgumentException("remaining times cannot be negative");
        if (whiteIncrementMs < 0 || blackIncrementMs < 0) throw new IllegalArgumentException("increments cannot be negative");
    }
}
