package org.rookery.adapters.http.json;

import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.MoveRequest;
import org.rookery.ports.in.BotChallenge;
import org.rookery.ports.in.InvalidBotChallengeException;

/** The JSON bodies the game routes accept, and their checks. Stateless. */
public final class GameRequests {
    private GameRequests() {}

    /** {@code POST /v1/games}; with an {@code opponent}, a game against the computer. */
    public record CreateGameBody(TimeControlBody timeControl, String color, Boolean rated, String fen, OpponentBody opponent) {
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

        /** The challenge to the computer this body asks for (it has an {@code opponent}). */
        public BotChallenge toChallenge() {
            GameSetup setup = toSetup();
            if (opponent.type() == null) throw ApiProblemException.badRequest("field 'opponent.type' is required");
            if (!opponent.type().equals("bot")) throw ApiProblemException.badRequest("field 'opponent.type' must be \"bot\"");
            int level = required(opponent.level(), "opponent.level");
            try {
                return new BotChallenge(setup, level);
            } catch (InvalidBotChallengeException e) {
                String field = e.field().equals("level") ? "opponent.level" : e.field();
                throw ApiProblemException.badRequest("field '" + field + "': " + e.getMessage());
            }
        }
    }

    /** Who the creator wants to play: {@code {"type": "bot", "level": 1-8}} (absent: a person who joins). */
    public record OpponentBody(String type, Integer level) {}

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
