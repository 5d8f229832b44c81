package org.rookery.ports.in;

/**
 * Who sends a command (an authenticated user id, or {@code "system"}) and the request's
 * correlation id, which every event the command records carries. Immutable.
 */
public record Actor(String userId, String correlationId) {
    public Actor {
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId must not be blank");
        if (correlationId == null) correlationId = "";
    }
}
