package org.rookery.domain.chess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Perft counts of the chessprogramming wiki's standard positions and of published Chess960
 * positions: the outside truth for move generation, make and unmake.
 */
class PerftTest {

    @ParameterizedTest(name = "{0} depth {2} = {3}")
    @CsvSource(delimiter = ';', value = {
        "start;       rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1;        1; 20",
        "start;       rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1;        3; 8902",
        "start;       rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1;        5; 4865609",
        "start;       rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1;        6; 119060324",
        "kiwipete;    r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1; 1; 48",
        "kiwipete;    r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1; 3; 97862",
        "kiwipete;    r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1; 4; 4085603",
        "kiwipete;    r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1; 5; 193690690",
        "position 3;  8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1;                       5; 674624",
        "position 3;  8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1;                       6; 11030083",
        "position 4;  r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1; 4; 422333",
        "position 4;  r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1; 5; 15833292",
        "position 4m; r2q1rk1/pP1p2pp/Q4n2/bbp1p3/Np6/1B3NBn/pPPP1PPP/R3K2R b KQ - 0 1; 5; 15833292",
        "position 5;  rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8;        4; 2103487",
        "position 5;  rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8;        5; 89941194",
        "position 6;  r4rk1/1pp1qppp/p1np1n2/2b1p1B1/2B1P1b1/P1NP1N2/1PP1QPPP/R4RK1 w - - 0 10; 4; 3894594",
        "position 6;  r4rk1/1pp1qppp/p1np1n2/2b1p1B1/2B1P1b1/P1NP1N2/1PP1QPPP/R4RK1 w - - 0 10; 5; 164075551",
    })
    void standard_positions_match_published_counts(String name, String fen, int depth, long expected) {
        assertThat(Perft.count(Position.fromFen(fen.strip()), depth)).isEqualTo(expected);
    }
}
