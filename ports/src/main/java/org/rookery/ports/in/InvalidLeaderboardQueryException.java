package org.rookery.ports.in;

/** Thrown when a leaderboard query has an out-of-range field; names the field. Immutable. */
public final class InvalidLeaderboardQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidLeaderboardQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
