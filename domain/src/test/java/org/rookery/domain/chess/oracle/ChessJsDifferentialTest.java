package org.rookery.domain.chess.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.RandomGames;
import org.rookery.domain.chess.RandomGames.PlayedGame;
import org.rookery.domain.chess.RandomGames.Style;

/**
 * Differential test: our rules engine against chess.js 1.4.0, an independent implementation, on
 * every position of a few hundred seeded random games (from the start position and from the perft
 * suite's rich positions, steered towards tactics, long quiet play and repetitions). Per position
 * it compares the FEN, the legal moves, the SAN of each and the verdicts; see docs/testing.md.
 *
 * <p>Notation: chess.js 1.4.0 prints the en-passant square only when an en-passant capture is
 * legal, as we do, so FENs are compared as they are. Its one known rule deviation, repetition
 * counting with an en-passant square no pawn can legally use, is recognised by {@link ThreefoldRule};
 * every other disagreement fails the test.
 */
class ChessJsDifferentialTest {
    private static final long SEED = 20_240_601L;
    private static final int MIN_DISTINCT_POSITIONS = 2_000;
    private static final String KIWIPETE = "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1";
    private static final String POSITION_3 = "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1";
    private static final String POSITION_4 = "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1";
    private static final String POSITION_4_MIRRORED = "r2q1rk1/pP1p2pp/Q4n2/bbp1p3/Np6/1B3NBn/pPPP1PPP/R3K2R b KQ - 0 1";
    private static final String POSITION_5 = "rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8";
    private static final String QUEEN_VS_KING = "8/8/8/4k3/8/8/8/4K2Q w - - 0 1";
    private static final String ROOK_VS_KING = "8/8/8/4k3/8/8/8/R3K3 w Q - 0 1";
    private static final String PAWNS_ONLY = "4k3/pppppppp/8/8/8/8/PPPPPPPP/4K3 w - - 0 1";

    /**
     * After e4 the f4 pawn cannot take en passant (it is pinned along the fourth rank), so by the
     * rules the position recurs at plies 5 and 9 and threefold is claimable at ply 9; chess.js
     * counts the first occurrence apart and only agrees at ply 13.
     */
    private static final PlayedGame REPETITION_PAST_A_PINNED_EN_PASSANT = new PlayedGame(POSITION_3, List.of(
            "e2e4", "h5h6", "a5a4", "h6h5", "a4a5", "h5h6", "a5a4", "h6h5", "a4a5", "h5h6", "a5a4", "h6h5", "a4a5"));

    @Test
    void engine_agrees_with_chess_js_on_every_position_of_seeded_random_games() throws Exception {
        ChessJsOracle oracle = ChessJsOracle.inThisCheckout();
        Optional<String> unavailable = oracle.whyUnavailable();
        if (unavailable.isPresent()) {
            String why = unavailable.get() + "; " + ChessJsOracle.INSTALL_HINT;
            if (Boolean.getBoolean("rookery.oracles.required")) fail("the chess.js oracle is required but " + why);
            abort("chess.js oracle unavailable, differential test skipped: " + why);
        }

        List<PlayedGame> games = gameMix(new RandomGames(new SplittableRandom(SEED)));
        long started = System.nanoTime();
        List<Map<String, Object>> chessJs = oracle.replay(games);
        long oracleMillis = (System.nanoTime() - started) / 1_000_000;
        GameComparison comparison = new GameComparison();
        for (int i = 0; i < games.size(); i++) comparison.compare(i, games.get(i), linesOf(chessJs, i));
        long totalMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("chess.js differential: %d positions compared (%d distinct) in %d games; "
                                + "%d known chess.js repetition deviations; chess.js %d ms, whole comparison %d ms;%n"
                        + "  positions with: %s%n",
                comparison.positions(), comparison.distinctPositions(), games.size(),
                comparison.knownDeviations(), oracleMillis, totalMillis, comparison.coverage());
        assertThat(comparison.disagreements()).as("disagreements with chess.js " + ChessJsOracle.VERSION).isEmpty();
        assertThat(comparison.distinctPositions()).isGreaterThanOrEqualTo(MIN_DISTINCT_POSITIONS);
        assertThat(comparison.coverage()).as("every compared feature occurs in some position, or its comparison proves nothing")
                .allSatisfy((feature, positions) -> assertThat(positions).as(feature).isPositive());
    }

    /** Games that reach the positions where implementations tend to differ. */
    private static List<PlayedGame> gameMix(RandomGames random) {
        List<PlayedGame> games = new ArrayList<>();
        String start = Position.STANDARD_START;
        for (int i = 0; i < 8; i++) games.add(random.play(start, 0, Style.TACTICAL, 200));
        for (int i = 0; i < 2; i++) games.add(random.play(start, 0, Style.UNIFORM, 300));
        for (int i = 0; i < 2; i++) games.add(random.play(start, 16, Style.QUIET, 220)); // fifty and seventy-five moves
        for (int i = 0; i < 8; i++) games.add(random.play(start, 8 + 3 * i, Style.SHUFFLE, 120)); // three- and fivefold
        for (int i = 0; i < 4; i++) games.add(random.play(start, 10, Style.CRAMPING, 200)); // checkmates
        for (String fen : List.of(KIWIPETE, POSITION_3, POSITION_4, POSITION_4_MIRRORED, POSITION_5)) {
            for (int i = 0; i < 2; i++) games.add(random.play(fen, 0, Style.TACTICAL, 100));
            games.add(random.play(fen, 4, Style.SHUFFLE, 60));
            games.add(random.play(fen, 4, Style.QUIET, 160));
        }
        for (String fen : List.of(QUEEN_VS_KING, ROOK_VS_KING)) { // stalemates
            for (int i = 0; i < 6; i++) games.add(random.play(fen, 2, Style.CRAMPING, 200));
        }
        for (int i = 0; i < 4; i++) games.add(random.play(PAWNS_ONLY, 2, Style.CRAMPING, 200)); // en passant, promotions
        for (int i = 0; i < 2; i++) games.add(random.play(PAWNS_ONLY, 0, Style.TACTICAL, 200));
        games.add(REPETITION_PAST_A_PINNED_EN_PASSANT);
        return games;
    }

    private static List<Map<String, Object>> linesOf(List<Map<String, Object>> chessJs, int game) {
        return chessJs.stream().filter(line -> ((Number) line.get("game")).intValue() == game).toList();
    }
}
