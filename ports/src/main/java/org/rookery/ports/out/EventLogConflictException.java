package org.rookery.ports.out;

/**
 * Thrown by {@link GameEventLog#append} when another writer appended to the game first: the
 * caller's view of the game is stale. Immutable.
 */
public final class EventLogConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String gameId;
    private final long expectedSeq;
    private final long actualSeq;

    public EventLogConflictException(String gameId, long expectedSeq, long actualSeq) {
        super("game " + gameId + " is at seq " + actualSeq + ", not " + expectedSeq);
        this.gameId = gameId;
        this.expectedSeq = expectedSeq;
        this.actualSeq = actualSeq;
    }

    public String gameId() {
        return gameId;
    }

    public long expectedSeq() {
        return expectedSeq;
    }

    public long actualSeq() {
        return actualSeq;
    }
}
