package org.rookery.domain.knowledge.book;

/**
 * Thrown when bytes are not a Polyglot book: a length that is not a whole number of 16-byte
 * entries, or entries not sorted by key. Says which entry is wrong. Immutable.
 */
public final class InvalidBookException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidBookException(String message) {
        super(message);
    }
}
