package org.rookery.adapters.http.json;

import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.MoveRequest;

/** The JSON bodies the game routes accept, and their checks. Stateless. */
public final class GameRequests {
    private GameRequests() {}

    /** {@code POST /v1/games}. */
    public record CreateGameBody(TimeControlBody timeControl, String color, Boolean rated, String fen) {
        public GameSetup toSetup() {
            if (timeControl == null) throw ApiProblemException.badRequest("field 'timeControl' is required");
            long initial = required(timeControl.initialMs(), "timeControl.initialMs");
            long increment = required(timeControl.incrementMs(), "timeControl.incrementMs");
            ColorChoice choice = ColorChoice.RANDOM;
            if (color != null) {
                choice = ColorChoice.fromWireName(color);
                if (choice == null) throw ApiProblemException.badRequest("field 'color' must be \"white\", \"black\" or \"random\"");
            }
            if (fen != null && fen.length() > 128) throw new ApiProblemException(400, "invalid_fen", "a FEN has at most 128 characters");
            return new GameSetup(initial, increment, choice, rated != null && rated, fen);
        }
    }

    public record TimeControlBody(Long initialMs, Long incrementMs) {}

    /** {@code POST /v1/games/{gameId}/moves} and the WebSocket move frame. */
    public record MoveBody(String uci, String moveId, Integer ply) {
        public MoveRequest toRequest() {
            if (uci == null) throw ApiProblemException.badRequest("field 'uci' is required");
            if (moveId == null) throw ApiProblemException.badRequest("field 'moveId' is required");
            int p = required(ply, "ply");
            if (p < 0) throw ApiProblemException.badRequest("field 'ply' must not be negative");
            if (uci.length() > 8) throw new ApiProblemException(422, "illegal_move", "'" + uci.substring(0, 8) + "…' is not a UCI move");
            return new MoveRequest(moveId, p, uci);
        }
    }

    private static <N extends Number> N required(N value, String field) {
        if (value == null) throw ApiProblemException.badRequest("field '" + field + "' is required");
        return value;
    }
}
