package org.rookery.adapters.uci;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.engine.Score;

/**
 * What an engine's {@code info} line says about its search: the depth, the score (centipawns,
 * with a bound, or mate), the principal variation and which of several variations it is
 * ({@code multipv}, 1 by default). Lines with neither score nor variation (current move,
 * {@code info string}) are not searches' results and parse to nothing. Immutable.
 */
record InfoLine(int depth, int multipv, Score score, List<String> pv) {
    InfoLine {
        pv = List.copyOf(pv);
    }

    static Optional<InfoLine> parse(String line) {
        String[] t = line.trim().split("\\s+");
        if (t.length < 2 || !t[0].equals("info") || t[1].equals("string")) return Optional.empty();
        int depth = 0, multipv = 1;
        Score score = null;
        List<String> pv = new ArrayList<>();
        for (int i = 1; i < t.length; i++) {
            switch (t[i]) {
                case "depth" -> depth = intAt(t, ++i);
                case "multipv" -> multipv = intAt(t, ++i);
                case "score" -> {
                    score = score(t, i + 1);
                    i += 2;
                }
                case "lowerbound", "upperbound" -> score = bounded(score, t[i]);
                case "pv" -> {
                    while (i + 1 < t.length && Uci.isWellFormed(t[i + 1])) pv.add(t[++i]);
                }
                case "string" -> i = t.length; // the rest is free text
                default -> { }
            }
        }
        if (score == null && pv.isEmpty()) return Optional.empty();
        return Optional.of(new InfoLine(depth, multipv, score == null ? new Score.Unknown() : score, pv));
    }

    private static Score score(String[] t, int at) {
        if (at + 1 >= t.length) return null;
        int value = intAt(t, at + 1);
        return switch (t[at]) {
            case "cp" -> new Score.Centipawns(value, Score.Bound.EXACT);
            case "mate" -> value == 0 ? null : new Score.Mate(value); // "mate 0": the side to move is mated; we never ask about that
            default -> null;
        };
    }

    private static Score bounded(Score score, String bound) {
        if (!(score instanceof Score.Centipawns cp)) return score;
        return new Score.Centipawns(cp.centipawns(), bound.equals("lowerbound") ? Score.Bound.LOWER : Score.Bound.UPPER);
    }

    private static int intAt(String[] t, int at) {
        if (at >= t.length) return 0;
        try {
            return Integer.parseInt(t[at]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
