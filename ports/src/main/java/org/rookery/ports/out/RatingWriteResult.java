package org.rookery.ports.out;

/** What {@link RatingStore#apply} did with a change. Immutable. */
public enum RatingWriteResult {
    /** Both ratings and the key were written. */
    APPLIED,
    /** The key was applied before; nothing was written. */
    ALREADY_APPLIED,
    /** A player's rating changed since the change was computed; nothing was written: recompute and retry. */
    STALE
}
