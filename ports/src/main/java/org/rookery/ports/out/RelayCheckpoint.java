package org.rookery.ports.out;

/**
 * Where each relay keeps the position in its log up to which everything has been published, so
 * that a relay that stops (or crashes) resumes after it: events after the checkpoint are
 * published again (at least once), events up to it never are. Relays are named (one per stream:
 * {@code game-events}, {@code matchmaking.matches}). Implementations are thread-safe.
 */
public interface RelayCheckpoint {

    /** The relay's stored position, 0 when it has none yet. */
    long position(String relay);

    /**
     * Stores the relay's position. A checkpoint never moves back: saving a position at or below
     * the stored one leaves the stored one in place. When this returns, the position is durable.
     *
     * @throws IllegalArgumentException when the position is negative
     */
    void save(String relay, long position);
}
