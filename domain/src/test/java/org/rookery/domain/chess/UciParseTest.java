package org.rookery.domain.chess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UCI parsing as a server uses it: any character sequence in, the legal move or a typed refusal out. */
class UciParseTest {

    @Test
    void parses_a_move_from_a_char_buffer_view_as_from_a_string() {
        Position p = Position.start();
        CharBuffer frame = CharBuffer.wrap("move g1f3 please").subSequence(5, 9);

        assertThat(Uci.parse(p, frame)).isEqualTo(Uci.parse(p, "g1f3"));
        assertThat(Uci.format(p, Uci.parse(p, frame))).isEqualTo("g1f3");
    }

    @Test
    void parses_promotions_and_both_castling_notations() {
        Position p = Position.fromFen("r3k2r/1P6/8/8/8/8/8/R3K2R w KQkq - 0 1");

        assertThat(Move.promotion(Uci.parse(p, "b7a8n"))).isEqualTo(PieceType.KNIGHT);
        assertThat(Move.promotion(Uci.parse(p, "b7b8q"))).isEqualTo(PieceType.QUEEN);
        assertThat(Uci.parse(p, "e1g1")).isEqualTo(Uci.parse(p, "e1h1"));
        assertThat(Move.isCastling(Uci.parse(p, "e1c1"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e2", "e2e", "e2e4qq", "i2e4", "e0e4", "e2e9", "e7e8k", "e7e8Q", "E2E4", " e2e4"})
    void refuses_text_that_is_not_uci_as_malformed(String text) {
        IllegalMoveException e = catchThrowableOfType(IllegalMoveException.class, () -> Uci.parse(Position.start(), text));

        assertThat(e.reason()).isEqualTo(IllegalMoveException.Reason.MALFORMED);
        assertThat(e.move()).isEqualTo(text);
        assertThat(Uci.isWellFormed(text)).isFalse();
    }

    @Test
    void refuses_null_as_malformed() {
        IllegalMoveException e = catchThrowableOfType(IllegalMoveException.class, () -> Uci.parse(Position.start(), null));

        assertThat(e.reason()).isEqualTo(IllegalMoveException.Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e2e5", "e1e2", "a7a6", "e2e4q"})
    void refuses_well_formed_moves_that_are_not_legal_as_illegal(String text) {
        IllegalMoveException e = catchThrowableOfType(IllegalMoveException.class, () -> Uci.parse(Position.start(), text));

        assertThat(Uci.isWellFormed(text)).isTrue();
        assertThat(e.reason()).isEqualTo(IllegalMoveException.Reason.ILLEGAL);
        assertThat(e.move()).isEqualTo(text);
    }
}
