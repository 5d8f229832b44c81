package org.rookery.client;

import java.util.Objects;

/**
 * An error the server reported on a live connection (a WebSocket {@code error} frame, or the
 * problem details of a move sent over REST in SSE mode): its stable {@code code}
 * ({@code illegal_move}, {@code not_your_turn}, {@code stale_ply}, {@code rate_limited}, …), the
 * message, the {@code moveId} it answers if any, and for {@code too_far_behind} the last seq sent.
 * Immutable.
 */
public record ServerError(String code, String message, String moveId, Long lastSeq) {
    public ServerError {
        Objects.requireNonNull(code, "code");
        if (message == null) message = "";
    }
}
