package org.rookery.domain.knowledge.endgame;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the tablebase says of a position, from the side to move: its ending as the pieces stand
 * ({@code KRK}, or {@code KK} for the bare kings), win, draw or loss, the distance
 * to mate in plies with perfect play (the winner mating as fast as it can, the loser holding out
 * as long as it can; -1 for a draw), and the best moves in UCI (every move that keeps the result
 * and the distance). The fifty-move rule is not taken into account. Immutable.
 */
public record EndgameAnswer(String ending, Wdl wdl, int pliesToMate, List<String> bestMoves) {
    public EndgameAnswer {
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(wdl, "wdl");
        bestMoves = List.copyOf(bestMoves);
        boolean consistent = switch (wdl) {
            case WIN -> pliesToMate > 0 && pliesToMate % 2 == 1;
            case LOSS -> pliesToMate >= 0 && pliesToMate % 2 == 0;
            case DRAW -> pliesToMate == -1;
        };
        if (!consistent) throw new IllegalArgumentException(wdl + " cannot be mate in " + pliesToMate + " plies");
    }

    /**
     * The distance to mate in moves of the side to move: a win in N means mate on its N-th move,
     * a loss in N means mated after N of its own moves (0: checkmated now); empty for a draw.
     */
    public OptionalInt movesToMate() {
        return switch (wdl) {
            case WIN -> OptionalInt.of((pliesToMate + 1) / 2);
            case LOSS -> OptionalInt.of(pliesToMate / 2);
            case DRAW -> OptionalInt.empty();
        };
    }
}
