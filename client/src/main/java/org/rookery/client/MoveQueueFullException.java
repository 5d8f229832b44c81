package org.rookery.client;

/** A move was refused because the live game's offline queue already holds its capacity of unanswered moves. Immutable. */
public final class MoveQueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int capacity;

    public MoveQueueFullException(int capacity) {
        super("the move queue is full: " + capacity + " moves are waiting for an answer");
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }
}
