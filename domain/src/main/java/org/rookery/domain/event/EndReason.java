package org.rookery.domain.event;

import java.util.Locale;

/**
 * Why a game ended (or was aborted), with the API's wire names ({@code "threefold_repetition"}).
 * Immutable.
 */
public enum EndReason {
    CHECKMATE,
    RESIGNATION,
    TIMEOUT,
    STALEMATE,
    AGREEMENT,
    THREEFOLD_REPETITION,
    FIVEFOLD_REPETITION,
    FIFTY_MOVES,
    SEVENTY_FIVE_MOVES,
    INSUFFICIENT_MATERIAL,
    TIMEOUT_VS_INSUFFICIENT_MATERIAL,
    ABORTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the rules end the game by themselves right after a move, with no one asking. */
    public boolean isAutomaticAfterMove() {
        return switch (this) {
            case CHECKMATE, STALEMATE, FIVEFOLD_REPETITION, SEVENTY_FIVE_MOVES, INSUFFICIENT_MATERIAL -> true;
            default -> false;
        };
    }

    public static EndReason fromWireName(String wireName) {
        for (EndReason r : values()) if (r.wireName().equals(wireName)) return r;
        throw new IllegalArgumentException("unknown end reason '" + wireName + "'");
    }
}
