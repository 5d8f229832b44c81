package org.rookery.ports.out;

import org.rookery.domain.event.GameResult;

/** A finished game's result from one player's side: a win, a loss or a draw. Immutable. */
public enum PlayerOutcome {
    WIN,
    LOSS,
    DRAW;

    /** The outcome of {@code result} for the player of White ({@code white}) or Black ({@code !white}). */
    public static PlayerOutcome of(GameResult result, boolean white) {
        return switch (result) {
            case DRAW -> DRAW;
            case WHITE_WINS -> white ? WIN : LOSS;
            case BLACK_WINS -> white ? LOSS : WIN;
        };
    }
}
