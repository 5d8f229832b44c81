package org.rookery.client;

import java.util.Objects;

/**
 * A successful answer: its decoded body, HTTP status and the {@code X-Request-ID} the server
 * echoed (the correlation id under which the server logged the call and recorded its events).
 * Immutable if the body is.
 */
public record Reply<T>(T body, int status, String requestId) {
    public Reply {
        Objects.requireNonNull(body, "body");
    }
}
