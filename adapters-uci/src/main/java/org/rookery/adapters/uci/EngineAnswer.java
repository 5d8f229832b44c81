package org.rookery.adapters.uci;

import java.util.ArrayList;
import java.util.List;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.Score;

/**
 * Collects one search's {@code info} lines and turns its {@code bestmove} into an
 * {@link Analysis}, checking the engine's moves with our rules: an illegal best move is the
 * engine misbehaving; the variation keeps its legal beginning only, and is just the best move
 * when it does not start with it. Not thread-safe.
 */
final class EngineAnswer {
    private final String engine;
    private final Position position;
    private InfoLine last;

    EngineAnswer(String engine, Position position) {
        this.engine = engine;
        this.position = position;
    }

    void read(String line) {
        InfoLine.parse(line).filter(info -> info.multipv() == 1).ifPresent(info -> {
            if (!(info.score() instanceof Score.Unknown) || last == null) last = info;
        });
    }

    /**
     * @throws EngineProcessException MISBEHAVED when the best move is missing or illegal
     */
    Analysis finish(String bestmoveLine) {
        String[] tokens = bestmoveLine.trim().split("\\s+");
        String best = tokens.length > 1 ? tokens[1] : "";
        String bestUci;
        try {
            bestUci = Uci.format(position, Uci.parse(position, best));
        } catch (IllegalMoveException e) {
            throw new EngineProcessException(Replacement.MISBEHAVED,
                    engine + " answered 'bestmove " + best + "', which our rules refuse: " + e.getMessage());
        }
        List<String> pv = legalLine(last == null ? List.of() : last.pv());
        if (pv.isEmpty() || !pv.getFirst().equals(bestUci)) pv = List.of(bestUci);
        Score score = last == null ? new Score.Unknown() : last.score();
        return new Analysis(bestUci, score, last == null ? 0 : last.depth(), pv);
    }

    private List<String> legalLine(List<String> moves) {
        Position walk = position.copy();
        List<String> legal = new ArrayList<>(moves.size());
        for (String move : moves) {
            try {
                int parsed = Uci.parse(walk, move);
                legal.add(Uci.format(walk, parsed));
                walk.makeMove(parsed);
            } catch (IllegalMoveException e) {
                break;
            }
        }
        return legal;
    }
}
