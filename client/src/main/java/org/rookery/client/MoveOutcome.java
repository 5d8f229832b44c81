package org.rookery.client;

import java.util.Objects;

/**
 * What became of a move submitted to a {@link LiveGame}: acknowledged (durable on the server, at
 * event {@code seq}), refused by the server (with its error), or abandoned because the live game
 * was closed before the move could be sent and answered. Immutable.
 */
public sealed interface MoveOutcome {
    String moveId();

    /** The server has the move durably: it is event {@code seq} of the game. */
    record Acknowledged(String moveId, long seq) implements MoveOutcome {
        public Acknowledged {
            Objects.requireNonNull(moveId, "moveId");
        }
    }

    /** The server refused the move ({@code illegal_move}, {@code not_your_turn}, {@code stale_ply}, {@code rate_limited}, …). */
    record Refused(String moveId, ServerError error) implements MoveOutcome {
        public Refused {
            Objects.requireNonNull(moveId, "moveId");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * The live game was closed with the move unanswered. It may or may not have been played; with
     * a queue file it stays there, and a later {@link LiveGame} on that file sends it again.
     */
    record Abandoned(String moveId) implements MoveOutcome {
        public Abandoned {
            Objects.requireNonNull(moveId, "moveId");
        }
    }
}
