package org.rookery.domain.knowledge.endgame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.domain.chess.Position;
import org.rookery.domain.knowledge.ExternalTool;

/**
 * Our distances to mate against Stockfish's mate scores on sampled positions. Stockfish's mate
 * distances shrink as it searches deeper (in KQK it reports mate in 9 at depth 22 where the
 * shortest is 6, found at depth 29), so each short mate (at most six moves) is searched until
 * Stockfish reports it (depth 45, 10 s at most): every mate it reports on the way must be on the
 * right side and no shorter than ours, and it must end on exactly ours (mate N for a win, mate -N
 * for a loss) — for every sampled 3-piece and KQKR position, and for at least 90 % of those of
 * the big run (there Stockfish sometimes stays one move above ours up to depth 45: in
 * {@code 3N2K1/8/5k2/8/8/8/3p4/8 w} it reports mate -5 where Black mates in 4, a line it does find
 * from the position two plies later). Longer wins and losses, searched to depth 18, must get a
 * score for the right side and never a shorter mate; a draw must never get a mate score.
 */
class StockfishAgreementTest {
    static final int DEPTH = 18, EXACT_UP_TO_MOVES = 6;

    @Test
    @Timeout(600)
    void stockfish_converges_on_our_distances_to_mate_and_agrees_on_who_wins() throws Exception {
        var binary = ExternalTool.require("stockfish", "stockfish");
        Agreement agreement = compare(binary, samples(new String[] {"KQK", "KRK", "KPK", "KQKR"}, 2, new SplittableRandom(2026)));
        assertThat(agreement.misses()).isEmpty();
    }

    @Test
    @Timeout(3600)
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "rookery.tablebase.full", matches = "true")
    void stockfish_agrees_on_every_standard_four_piece_ending() throws Exception {
        var binary = ExternalTool.require("stockfish", "stockfish");
        String[] endings = Tablebase.standardEndings().stream().filter(e -> e.pieceCount() == 4).map(Ending::name).toArray(String[]::new);
        Agreement agreement = compare(binary, samples(endings, 2, new SplittableRandom(4)));
        assertThat(agreement.misses().size()).as("short mates Stockfish did not bring down to ours: %s", agreement.misses())
                .isLessThanOrEqualTo(agreement.shortMates() / 10);
    }

    /** How many short mates were searched, and those where Stockfish stayed above ours. */
    record Agreement(int shortMates, List<String> misses) {}

    static Agreement compare(java.nio.file.Path binary, List<String> fens) throws Exception {
        Tablebase tablebase = TestTablebases.shared();
        int exact = 0;
        List<String> misses = new ArrayList<>();
        try (StockfishMates stockfish = new StockfishMates(binary)) {
            for (String fen : fens) {
                EndgameAnswer ours = tablebase.probe(Position.fromFen(fen)).orElseThrow();
                int moves = ours.movesToMate().orElse(-1);
                boolean isShort = moves >= 0 && moves <= EXACT_UP_TO_MOVES && ours.wdl() != Wdl.DRAW;
                int signed = ours.wdl() == Wdl.LOSS ? -moves : moves;
                StockfishMates.Search search = isShort
                        ? stockfish.search(fen, 45, 10_000, signed)
                        : stockfish.search(fen, DEPTH, 10_000, null);
                String what = fen + ": ours " + ours.wdl() + " in " + ours.movesToMate() + ", Stockfish's scores " + search.scores();
                switch (ours.wdl()) {
                    case WIN -> {
                        assertThat(search.mates()).as(what).allMatch(m -> m >= moves);
                        if (!isShort) assertThat(search.last().mate() != null || search.last().centipawns() > 0).as(what).isTrue();
                    }
                    case LOSS -> {
                        assertThat(search.mates()).as(what).allMatch(m -> m <= -moves);
                        if (!isShort) assertThat(search.last().mate() != null || search.last().centipawns() < 0).as(what).isTrue();
                    }
                    case DRAW -> assertThat(search.mates()).as(what).isEmpty();
                }
                if (isShort) {
                    exact++;
                    if (!java.util.Objects.equals(search.last().mate(), signed)) misses.add(fen + ": ours mate " + signed + ", Stockfish " + search.last().mate());
                }
            }
        }
        System.out.printf("Stockfish agreement: %d positions, %d short mates, %d where Stockfish stayed above ours%n",
                fens.size(), exact, misses.size());
        assertThat(exact).isGreaterThanOrEqualTo(fens.size() / 4);
        return new Agreement(exact, misses);
    }

    /**
     * Random legal positions of each ending with a move to play, {@code perKind} of each kind:
     * short wins, short losses, longer wins or losses, and draws (when the ending has them).
     */
    static List<String> samples(String[] endings, int perKind, SplittableRandom random) {
        Tablebase tablebase = TestTablebases.shared();
        List<String> fens = new ArrayList<>();
        for (String name : endings) {
            Ending ending = Ending.of(name);
            int[] found = new int[4];
            for (int attempt = 0; attempt < 200_000 && (found[0] < perKind || found[1] < perKind || found[2] < perKind || found[3] < perKind); attempt++) {
                String fen = RandomPositions.fen(ending, random);
                Position position;
                try {
                    position = Position.fromFen(fen);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (position.legalMoveCount() == 0) continue;
                EndgameAnswer answer = tablebase.probe(position).orElseThrow();
                int moves = answer.movesToMate().orElse(-1);
                int kind = switch (answer.wdl()) {
                    case WIN -> moves <= EXACT_UP_TO_MOVES ? 0 : 2;
                    case LOSS -> moves <= EXACT_UP_TO_MOVES ? 1 : 2;
                    case DRAW -> 3;
                };
                if (found[kind] < perKind) {
                    found[kind]++;
                    fens.add(fen);
                }
            }
        }
        return fens;
    }
}
