package org.rookery.domain.knowledge.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.knowledge.book.internal.PolyglotRandom;

/** The test keys published with the Polyglot book format, reached both by FEN and by playing the moves. */
class PolyglotKeyTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "-;rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1;463b96181691fc9c",
        "e2e4;rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1;823c9b50fd114196",
        "e2e4 d7d5;rnbqkbnr/ppp1pppp/8/3p4/4P3/8/PPPP1PPP/RNBQKBNR w KQkq d6 0 2;0756b94461c50fb0",
        "e2e4 d7d5 e4e5;rnbqkbnr/ppp1pppp/8/3pP3/8/8/PPPP1PPP/RNBQKBNR b KQkq - 0 2;662fafb965db29d4",
        "e2e4 d7d5 e4e5 f7f5;rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq f6 0 3;22a48b5a8e47ff78",
        "e2e4 d7d5 e4e5 f7f5 e1e2;rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPPKPPP/RNBQ1BNR b kq - 0 3;652a607ca3f242c1",
        "e2e4 d7d5 e4e5 f7f5 e1e2 e8f7;rnbq1bnr/ppp1pkpp/8/3pPp2/8/8/PPPPKPPP/RNBQ1BNR w - - 0 4;00fdd303c946bdd9",
        "a2a4 b7b5 h2h4 b5b4 c2c4;rnbqkbnr/p1pppppp/8/8/PpP4P/8/1P1PPPP1/RNBQKBNR b KQkq c3 0 3;3c8123ea7b067637",
        "a2a4 b7b5 h2h4 b5b4 c2c4 b4c3 a1a3;rnbqkbnr/p1pppppp/8/8/P6P/R1p5/1P1PPPP1/1NBQKBNR b Kkq - 0 4;5c3f9b829b279560",
    })
    void matches_the_published_test_keys(String moves, String fen, String key) {
        Position played = Position.start();
        if (!moves.equals("-")) for (String m : moves.split(" ")) played.makeMove(Uci.parse(played, m));

        assertThat(hex(PolyglotKey.of(played))).isEqualTo(key);
        assertThat(hex(PolyglotKey.ofFen(fen))).isEqualTo(key);
        assertThat(hex(PolyglotKey.of(Position.fromFen(fen)))).isEqualTo(key);
    }

    @Test
    void the_table_holds_the_781_published_numbers() {
        assertThat(PolyglotRandom.size()).isEqualTo(781);
        assertThat(PolyglotRandom.at(0)).isEqualTo(0x9D39247E33776D41L);
        assertThat(PolyglotRandom.at(780)).isEqualTo(0xF8D626AAAF278509L);
    }

    @Test
    void counts_the_en_passant_file_even_when_the_capture_would_be_illegal() {
        // After e2e4 the d4 pawn stands beside it, but taking en passant would open the rank to the h4 rook.
        Position position = Position.fromFen("8/8/8/8/k2p3R/8/4P3/4K3 w - - 0 1");
        position.makeMove(Uci.parse(position, "e2e4"));
        assertThat(position.enPassantSquare()).as("our engine keeps only legal en-passant squares").isEqualTo(-1);

        long withoutFile = PolyglotKey.ofFen("8/8/8/8/k2pP2R/8/8/4K3 b - - 0 1");
        long expected = withoutFile ^ PolyglotRandom.at(PolyglotRandom.EN_PASSANT_OFFSET + 4);
        assertThat(PolyglotKey.of(position)).isEqualTo(expected);
        assertThat(PolyglotKey.ofFen("8/8/8/8/k2pP2R/8/8/4K3 b - e3 0 1")).isEqualTo(expected);
    }

    @Test
    void ignores_a_double_step_with_no_pawn_beside_it() {
        long withField = PolyglotKey.ofFen("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1");
        long withoutField = PolyglotKey.ofFen("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1");
        assertThat(withField).isEqualTo(withoutField);
    }

    static String hex(long key) {
        return String.format("%016x", key);
    }
}
