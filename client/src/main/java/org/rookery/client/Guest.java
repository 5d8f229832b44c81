package org.rookery.client;

import java.time.Instant;
import java.util.Objects;

/** A guest identity from {@code POST /v1/auth/guest}: its user id, bearer token and token expiry. Immutable. */
public record Guest(String userId, String token, Instant expiresAt) {
    public Guest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "Guest[userId=" + userId + ", expiresAt=" + expiresAt + "]"; // never print the token
    }
}
