package org.rookery.domain.rating;

/** Whether a game counts for ratings: rated games do, casual games never do; immutable. */
public enum GameMode {
    RATED,
    CASUAL
}
