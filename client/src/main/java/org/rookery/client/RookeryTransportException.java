package org.rookery.client;

/**
 * A call got no answer: the connection failed, timed out or was interrupted, or the answer could
 * not be read. Whether the server acted on it is unknown, so only idempotent calls (reads, and
 * moves resent with the same {@code moveId}) are safe to repeat. Immutable.
 */
public final class RookeryTransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String requestId;

    public RookeryTransportException(String message, String requestId, Throwable cause) {
        super(message + " (request id " + requestId + ")", cause);
        this.requestId = requestId;
    }

    /** The {@code X-Request-ID} the call was sent with. */
    public String requestId() {
        return requestId;
    }
}
