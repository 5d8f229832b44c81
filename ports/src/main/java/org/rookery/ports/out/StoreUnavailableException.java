package org.rookery.ports.out;

/**
 * A driven port's store (database, cache, broker) could not be reached or did not answer in
 * time. For a command this means nothing was acknowledged: the caller may retry once the store
 * is back. Adapters answer 503 {@code unavailable} (HTTP, with Retry-After) or an
 * {@code unavailable} error frame (WebSocket). Immutable.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
