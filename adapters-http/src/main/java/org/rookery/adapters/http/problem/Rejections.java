package org.rookery.adapters.http.problem;

import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;

/**
 * Maps the domain's rejections onto HTTP: each keeps its stable code ({@code stale_ply}) and gets
 * the status API.md gives it. Stateless, so thread-safe.
 */
public final class Rejections {
    private Rejections() {}

    public static int status(Rejection rejection) {
        return switch (rejection) {
            case ILLEGAL_MOVE -> 422;
            case NOT_YOUR_TURN, STALE_PLY, GAME_NOT_IN_PROGRESS, INVALID_TRANSITION, CANNOT_JOIN_OWN_GAME, GAME_FULL,
                    ABORT_NOT_ALLOWED, NO_DRAW_OFFER, DRAW_ALREADY_OFFERED, DRAW_NOT_CLAIMABLE, CLOCK_NOT_EXPIRED -> 409;
            case GAME_NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID_FEN, INVALID_TIME_CONTROL, INVALID_REQUEST -> 400;
        };
    }

    public static ApiProblemException problem(Outcome.Rejected<?> rejected) {
        return new ApiProblemException(status(rejected.reason()), rejected.reason().code(), rejected.message());
    }

    /** The accepted value, or the rejection thrown as its problem. */
    public static <T> T orThrow(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Accepted<T> a -> a.value();
            case Outcome.Rejected<T> r -> throw problem(r);
        };
    }
}
