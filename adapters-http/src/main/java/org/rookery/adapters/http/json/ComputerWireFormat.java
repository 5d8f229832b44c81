package org.rookery.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import org.rookery.adapters.http.json.GameWireFormat.GameJson;
import org.rookery.ports.in.answer.BotGame;
import org.rookery.ports.in.answer.PositionAnalysis;
import org.rookery.ports.out.engine.Score;

/**
 * The JSON shapes of playing the computer: a game against a bot (the usual game object plus who
 * the opponent is and what engine it thinks with) and a position's analysis (score, best move and
 * principal variation in UCI and SAN, depth, engine). Stateless, so thread-safe.
 */
public final class ComputerWireFormat {
    private ComputerWireFormat() {}

    /** API.md's game object with an {@code opponent} field. */
    public record BotGameJson(@JsonUnwrapped GameJson game, OpponentJson opponent) {}

    public record OpponentJson(String type, String userId, int level, String engine) {}

    public record AnalysisJson(String fen, String sideToMove, int depth, ScoreJson score, MoveJson bestMove, List<MoveJson> pv, String engine) {}

    /** {@code {type: cp, value, bound}}, {@code {type: mate, value}} (negative: being mated) or {@code {type: none}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreJson(String type, Integer value, String bound) {}

    public record MoveJson(String uci, String san) {}

    public static BotGameJson botGame(BotGame game) {
        return new BotGameJson(GameWireFormat.game(game.game()), new OpponentJson("bot", game.botUserId(), game.level(), game.engine()));
    }

    public static AnalysisJson analysis(PositionAnalysis a) {
        return new AnalysisJson(a.fen(), a.sideToMove().wireName(), a.depth(), score(a.score()), move(a.bestMove()),
                a.pv().stream().map(ComputerWireFormat::move).toList(), a.engine());
    }

    private static ScoreJson score(Score score) {
        return switch (score) {
            case Score.Centipawns(int cp, Score.Bound bound) -> new ScoreJson("cp", cp, bound.name().toLowerCase(Locale.ROOT));
            case Score.Mate(int moves) -> new ScoreJson("mate", moves, null);
            case Score.Unknown() -> new ScoreJson("none", null, null);
        };
    }

    private static MoveJson move(PositionAnalysis.AnalysedMove move) {
        return new MoveJson(move.uci(), move.san());
    }
}
