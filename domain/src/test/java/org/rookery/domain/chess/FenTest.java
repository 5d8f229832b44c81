package org.rookery.domain.chess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rookery.domain.chess.InvalidFenException.Field;

class FenTest {

    @ParameterizedTest(name = "{1}: {0} ({2})")
    @CsvSource(delimiter = ';', value = {
        // field count
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0;        FIELD_COUNT;     five fields",
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1 x;    FIELD_COUNT;     seven fields",
        "'';                                                            FIELD_COUNT;     empty",
        // piece placement
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNX w - - 0 1;         PIECE_PLACEMENT; bad piece letter",
        "4k3/8/8/8/8/8/8/4K2x1 w - - 0 1;                               PIECE_PLACEMENT; lower-case bad letter",
        "4k3/8/8/8/8/8/8/9 w - - 0 1;                                   PIECE_PLACEMENT; digit 9",
        "4k3/8/8/8/8/8/8/0K7 w - - 0 1;                                 PIECE_PLACEMENT; digit 0",
        "4k3/8/8/8/8/8/4K3 w - - 0 1;                                   PIECE_PLACEMENT; seven ranks",
        "4k3/8/8/8/8/8/8/8/4K3 w - - 0 1;                               PIECE_PLACEMENT; nine ranks",
        "4k3/8/8/8/8/8/8/4K2k1 w - - 0 1;                               PIECE_PLACEMENT; rank of nine squares",
        "4k3/8/8/8/8/8/8/4K2 w - - 0 1;                                 PIECE_PLACEMENT; rank of seven squares",
        "4k3/8/8/8/8/8/8/4K12 w - - 0 1;                                PIECE_PLACEMENT; two digits in a row",
        "4k3/8/8/8/8/8/8/8 w - - 0 1;                                   PIECE_PLACEMENT; no white king",
        "8/8/8/8/8/8/8/4K3 w - - 0 1;                                   PIECE_PLACEMENT; no black king",
        "4k3/8/8/8/8/8/8/K3K3 w - - 0 1;                                PIECE_PLACEMENT; two white kings",
        "4k2k/8/8/8/8/8/8/4K3 w - - 0 1;                                PIECE_PLACEMENT; two black kings",
        "4k3/8/8/8/8/8/8/P3K3 w - - 0 1;                                PIECE_PLACEMENT; white pawn on rank 1",
        "P3k3/8/8/8/8/8/8/4K3 w - - 0 1;                                PIECE_PLACEMENT; white pawn on rank 8",
        "4k2p/8/8/8/8/8/8/4K3 w - - 0 1;                                PIECE_PLACEMENT; black pawn on rank 8",
        "4k3/8/8/8/8/8/8/4K2p w - - 0 1;                                PIECE_PLACEMENT; black pawn on rank 1",
        "k7/8/8/8/8/3n4/8/r3K2q w - - 0 1;                              PIECE_PLACEMENT; king attacked three times",
        // side to move
        "4k3/8/8/8/8/8/8/4K3 x - - 0 1;                                 SIDE_TO_MOVE;    unknown side",
        "4k3/8/8/8/8/8/8/4K3 W - - 0 1;                                 SIDE_TO_MOVE;    upper-case side",
        "4k3/8/8/8/8/8/8/4R1K1 w - - 0 1;                               SIDE_TO_MOVE;    side not to move in check",
        "4k3/8/8/8/8/8/8/4r1K1 b - - 0 1;                               SIDE_TO_MOVE;    white in check with black to move",
        // castling
        "r3k2r/8/8/8/8/8/8/R3K2R w KQkqK - 0 1;                         CASTLING;        five rights",
        "r3k2r/8/8/8/8/8/8/R3K2R w KK - 0 1;                            CASTLING;        a right given twice",
        "r3k2r/8/8/8/8/8/8/R3K2R w X - 0 1;                             CASTLING;        not a castling letter",
        "r3k2r/8/8/8/8/8/8/R3K2R w K- - 0 1;                            CASTLING;        dash among rights",
        "r3k2r/8/8/8/8/8/8/4K3 w K - 0 1;                               CASTLING;        K without a rook",
        "r3k2r/8/8/8/8/8/8/4K2R w Q - 0 1;                              CASTLING;        Q without a rook",
        "4k3/8/8/8/8/8/8/R3K2R w kq - 0 1;                              CASTLING;        black rights without rooks",
        "r3k2r/8/8/8/8/8/4K3/R6R w K - 0 1;                             CASTLING;        king off its back rank",
        "r3k2r/8/8/8/8/8/8/R3K2R w E - 0 1;                             CASTLING;        file of the king itself",
        "r3k2r/8/8/8/8/8/8/R3K2R w G - 0 1;                             CASTLING;        Shredder file without a rook",
        "r3k2r/8/8/8/8/8/8/R3K2R w HAhaB - 0 1;                         CASTLING;        five Shredder rights",
        // en passant
        "4k3/8/8/8/8/8/8/4K3 w - e9 0 1;                                EN_PASSANT;      not a square",
        "4k3/8/8/8/8/8/8/4K3 w - z6 0 1;                                EN_PASSANT;      bad file",
        "4k3/8/8/3pP3/8/8/8/4K3 w - d3 0 1;                             EN_PASSANT;      wrong rank for white",
        "4k3/8/8/8/3Pp3/8/8/4K3 b - d6 0 1;                             EN_PASSANT;      wrong rank for black",
        "4k3/8/8/8/8/8/8/4K3 w - e6 0 1;                                EN_PASSANT;      no pawn made a double step",
        "4k3/3p4/8/3pP3/8/8/8/4K3 w - d6 0 1;                           EN_PASSANT;      pawn still on its origin",
        "4k3/8/3n4/3pP3/8/8/8/4K3 w - d6 0 1;                           EN_PASSANT;      target square occupied",
        // counters
        "4k3/8/8/8/8/8/8/4K3 w - - -1 1;                                HALFMOVE_CLOCK;  negative",
        "4k3/8/8/8/8/8/8/4K3 w - - x 1;                                 HALFMOVE_CLOCK;  not a number",
        "4k3/8/8/8/8/8/8/4K3 w - - 1234567 1;                           HALFMOVE_CLOCK;  seven digits",
        "4k3/8/8/3pP3/8/8/8/4K3 w - d6 3 2;                             HALFMOVE_CLOCK;  not zero after a double step",
        "4k3/8/8/8/8/8/8/4K3 w - - 0 0;                                 FULLMOVE_NUMBER; zero",
        "4k3/8/8/8/8/8/8/4K3 w - - 0 -3;                                FULLMOVE_NUMBER; negative",
        "4k3/8/8/8/8/8/8/4K3 w - - 0 1.5;                               FULLMOVE_NUMBER; not an integer",
    })
    void rejects_a_malformed_fen_naming_the_field(String fen, Field field, String why) {
        InvalidFenException e = catchThrowableOfType(InvalidFenException.class, () -> Fen.parse(fen));

        assertThat(e).as(why).isNotNull();
        assertThat(e.field()).as(why + ": " + e.getMessage()).isEqualTo(field);
        assertThat(e.fen()).isEqualTo(fen);
        assertThat(e.reason()).isNotBlank();
    }

    @Test
    void rejects_null_with_a_typed_error() {
        assertThatThrownBy(() -> Fen.parse(null)).isInstanceOf(InvalidFenException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1;                 ''",
        "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1;     ''",
        "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1;                                 ''",
        "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1;         ''",
        "rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8;                 ''",
        "rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq f6 0 3;             ''",
        "rnbqkbnr/pppp1ppp/8/8/3Pp3/8/PPP1PPPP/RNBQKBNR b KQkq d3 0 2;              ''",
        "4k3/8/8/8/8/8/8/4K3 b - - 99 150;                                          ''",
        "rrk5/8/8/8/8/8/8/RRK5 w Bb - 0 1;                                          ''",
        "1k1r3r/8/8/8/8/8/8/1K1R3R w Dd - 0 1;                                      ''",
        "bqnb1rkr/pp3ppp/3ppn2/2p5/5P2/P2P4/NPP1P1PP/BQ1BNRKR w HFhf - 2 9;        bqnb1rkr/pp3ppp/3ppn2/2p5/5P2/P2P4/NPP1P1PP/BQ1BNRKR w KQkq - 2 9",
        "qnr1bkrb/pppp2pp/3np3/5p2/8/P2P2P1/NPP1PP1P/QN1RBKRB w GDg - 3 9;         qnr1bkrb/pppp2pp/3np3/5p2/8/P2P2P1/NPP1PP1P/QN1RBKRB w KQk - 3 9",
        "r3k2r/8/8/8/8/8/8/R3K2R w HAha - 0 1;                                      r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1",
        "1r2k1r1/8/8/8/8/8/8/1R2K1R1 w GBgb - 0 1;                                  1r2k1r1/8/8/8/8/8/8/1R2K1R1 w KQkq - 0 1",
        "rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq e6 0 2;             rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2",
    })
    void formats_what_it_parses(String fen, String expected) {
        String canonical = expected.isEmpty() ? fen : expected;
        Position p = Fen.parse(fen);

        assertThat(Fen.format(p)).isEqualTo(canonical);
        Position again = Fen.parse(canonical);
        assertThat(Fen.format(again)).isEqualTo(canonical);
        assertThat(again.key()).isEqualTo(p.key());
        assertThat(sorted(again.legalMoves())).isEqualTo(sorted(p.legalMoves()));
    }

    @Test
    void a_chess960_castling_rook_that_is_not_the_outermost_keeps_its_file_letter() {
        Position p = Fen.parse("rrk5/8/8/8/8/8/8/RRK5 w Bb - 0 1");

        assertThat(p.isChess960()).isTrue();
        assertThat(Arrays.stream(p.legalMoves()).filter(Move::isCastling).mapToObj(m -> Uci.format(p, m)))
                .containsExactly("c1b1");
    }

    @Test
    void every_position_of_random_games_survives_fen_round_trips() {
        RandomGenerator rnd = new Random(7L);
        int positions = 0;
        for (int game = 0; game < 60; game++) {
            Position p = game % 2 == 0 ? Position.start() : RandomPlay.chess960Start(rnd);
            for (int ply = 0; ply < 150 && p.legalMoveCount() > 0; ply++) {
                String fen = p.toFen();
                Position parsed = Fen.parse(fen);
                assertThat(Fen.format(parsed)).isEqualTo(fen);
                assertThat(parsed.key()).as("incremental key of %s", fen).isEqualTo(p.key());
                assertThat(sorted(parsed.legalMoves())).as("moves of %s", fen).isEqualTo(sorted(p.legalMoves()));
                positions++;
                p.makeMove(RandomPlay.pickMove(p, rnd));
            }
        }
        assertThat(positions).isGreaterThan(3_000);
    }

    private static int[] sorted(int[] moves) {
        int[] copy = moves.clone();
        Arrays.sort(copy);
        return copy;
    }
}
