package org.rookery.application.rating;

import org.rookery.ports.out.ResultKey;

/**
 * Thrown when a result stayed stale through every write attempt because its players' ratings kept
 * changing underneath: the caller should redeliver it later (nothing was written). Immutable.
 */
public final class RatingWriteConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RatingWriteConflictException(ResultKey key, int attempts) {
        super("result " + key + " was stale " + attempts + " times in a row; nothing was written");
    }
}
