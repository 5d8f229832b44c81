package org.rookery.ports.in;

/** The actions that have a rate limit; {@link #key()} names one in configuration, metrics and bucket keys. Immutable. */
public enum LimitedAction {
    MOVE("move"),
    VALIDATE("validate"),
    CREATE_GAME("create_game"),
    GUEST_TOKEN("guest_token"),
    /** Matchmaking joins; each user is also held to one join per join interval by matchmaking itself. */
    JOIN_QUEUE("join_queue"),
    /** Leaderboard and rating reads. */
    READ_RATINGS("read_ratings"),
    /** Position analyses: each holds an engine for up to a few seconds. */
    ANALYZE("analyze"),
    /** Reads of players' archives: pages and PGN downloads. */
    READ_HISTORY("read_history");

    private final String key;

    LimitedAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
