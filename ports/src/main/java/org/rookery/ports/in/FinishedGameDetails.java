package org.rookery.ports.in;

import java.util.List;
import java.util.Objects;
import org.rookery.domain.game.GameView;
import org.rookery.ports.out.ArchivedGame;

/**
 * A finished game as the history serves it: the API's game object (ended, clocks stopped), its PGN
 * and its move list, with the archived record they come from. Immutable.
 */
public record FinishedGameDetails(GameView game, String pgn, List<ArchivedMove> moves, ArchivedGame archived) {
    public FinishedGameDetails {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(pgn, "pgn");
        Objects.requireNonNull(archived, "archived");
        moves = List.copyOf(moves);
    }
}
