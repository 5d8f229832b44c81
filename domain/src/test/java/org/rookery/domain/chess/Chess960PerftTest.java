package org.rookery.domain.chess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Perft counts of the published Chess960 list (chessprogramming wiki, "Chess960 Perft Results"):
 * the outside truth for Chess960 castling (Shredder-FEN fields, rook squares, king and rook paths).
 * Depths stop where a position reaches about a million leaves, so the suite stays quick.
 */
class Chess960PerftTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "1;  bqnb1rkr/pp3ppp/3ppn2/2p5/5P2/P2P4/NPP1P1PP/BQ1BNRKR w HFhf - 2 9;      21 528 12189 326672",
        "2;  2nnrbkr/p1qppppp/8/1ppb4/6PP/3PP3/PPP2P2/BQNNRBKR w HEhe - 1 9;         21 807 18002 667366",
        "3;  b1q1rrkb/pppppppp/3nn3/8/P7/1PPP4/4PPPP/BQNNRKRB w GE - 1 9;            20 479 10471 273318",
        "4;  qbbnnrkr/2pp2pp/p7/1p2pp2/8/P3PP2/1PPP1KPP/QBBNNR1R w hf - 0 9;         22 593 13440 382958",
        "5;  1nbbnrkr/p1p1ppp1/3p4/1p3P1p/3Pq2P/8/PPP1P1P1/QNBBNRKR w HFhf - 0 9;    28 1120 31058 1171749",
        "6;  qnbnr1kr/ppp1b1pp/4p3/3p1p2/8/2NPP3/PPP1BPPP/QNB1R1KR w HEhe - 1 9;     29 899 26578 824055",
        "7;  q1bnrkr1/ppppp2p/2n2p2/4b1p1/2NP4/8/PPP1PPPP/QNB1RRKB w ge - 1 9;       30 860 24566 732757",
        "8;  qbn1brkr/ppp1p1p1/2n4p/3p1p2/P7/6PP/QPPPPP2/1BNNBRKR w HFhf - 0 9;      25 635 17054 465806",
        "9;  qnnbbrkr/1p2ppp1/2pp3p/p7/1P5P/2NP4/P1P1PPP1/Q1NBBRKR w HFhf - 0 9;     24 572 15243 384260",
        "10; qn1rbbkr/ppp2p1p/1n1pp1p1/8/3P4/P6P/1PP1PPPK/QNNRBB1R w hd - 2 9;       28 811 23175 679699",
        "11; qnr1bkrb/pppp2pp/3np3/5p2/8/P2P2P1/NPP1PP1P/QN1RBKRB w GDg - 3 9;       33 823 26895 713420",
        "12; qb1nrkbr/1pppp1p1/1n3p2/p1B4p/8/3P1P1P/PPP1P1P1/QBNNRK1R w HEhe - 0 9;  31 855 25620 735703",
        "13; nnbqrkr1/pp1pp2p/2p2b2/5pp1/1P5P/4P1P1/P1PP1P2/NNBQRKRB w GEge - 1 9;   32 1046 33721 1111186",
        "14; bnnqrbkr/pp1p2p1/2p1p2p/5p2/1P5P/1R6/P1PPPPP1/BNNQRBK1 w Ehe - 0 9;     33 1022 32724 1024721",
    })
    void published_positions_match_counts_at_every_depth(String number, String fen, String counts) {
        long[] expected = Arrays.stream(counts.strip().split(" +")).mapToLong(Long::parseLong).toArray();
        Position position = Position.fromFen(fen.strip());
        long[] actual = new long[expected.length];
        for (int depth = 1; depth <= expected.length; depth++) actual[depth - 1] = Perft.count(position, depth);
        assertThat(actual).as("perft 1..%d of %s", expected.length, fen.strip()).containsExactly(expected);
        assertThat(position.toFen()).as("perft leaves the position as it found it")
                .isEqualTo(Position.fromFen(fen.strip()).toFen());
    }
}
