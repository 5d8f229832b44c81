package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.InvalidFenException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.BookMove;
import org.rookery.ports.out.OpeningBook;

/** What every {@link OpeningBook} must do. Extend it once per adapter. */
public abstract class OpeningBookContract {
    protected static final String START = Position.STANDARD_START;
    protected static final String AFTER_E4 = "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1";
    /** 1.e4 c5 2.e5 d5: White may take en passant on d6. */
    protected static final String EN_PASSANT = "rnbqkbnr/pp2pppp/8/2ppP3/8/8/PPPP1PPP/RNBQKBNR w KQkq d6 0 3";
    /** The Italian game after 3...Bc5: White may castle. */
    protected static final String ITALIAN = "r1bqk1nr/pppp1ppp/2n5/2b1p3/2B1P3/5N2/PPPP1PPP/RNBQK2R w KQkq - 4 4";

    /** What the book under test must hold, position by position, in no particular order. */
    protected static final Map<String, List<BookMove>> SAMPLE = Map.of(
            START, List.of(new BookMove("g1f3", 20, 0), new BookMove("e2e4", 100, 0), new BookMove("d2d4", 80, 0)),
            AFTER_E4, List.of(new BookMove("e7e5", 40, 0), new BookMove("c7c5", 60, 7)),
            EN_PASSANT, List.of(new BookMove("e5d6", 10, 0), new BookMove("g1f3", 30, 0)),
            ITALIAN, List.of(new BookMove("e1g1", 50, 0), new BookMove("c2c3", 45, 0)));

    private OpeningBook book;

    /** A book holding exactly these moves for these positions. */
    protected abstract OpeningBook createBook(Map<String, List<BookMove>> entries);

    @BeforeEach
    void create_the_book() {
        book = createBook(SAMPLE);
    }

    @Test
    void gives_a_positions_moves_most_weighted_first() {
        assertThat(book.moves(START)).extracting(BookMove::uci).containsExactly("e2e4", "d2d4", "g1f3");
    }

    @Test
    void keeps_weights_and_learn_values() {
        assertThat(book.moves(AFTER_E4)).containsExactly(new BookMove("c7c5", 60, 7), new BookMove("e7e5", 40, 0));
    }

    @Test
    void a_position_out_of_book_has_no_moves() {
        assertThat(book.moves("rnbqkbnr/pppppppp/8/8/8/P7/1PPPPPPP/RNBQKBNR b KQkq - 0 1")).isEmpty();
    }

    @Test
    void the_side_to_move_is_part_of_the_position() {
        assertThat(book.moves("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR b KQkq - 0 1")).isEmpty();
    }

    @Test
    void the_move_counters_do_not_matter() {
        assertThat(book.moves("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 8 5"))
                .extracting(BookMove::uci).containsExactly("e2e4", "d2d4", "g1f3");
    }

    @Test
    void castling_comes_back_as_the_kings_two_square_step() {
        assertThat(book.moves(ITALIAN)).extracting(BookMove::uci).containsExactly("e1g1", "c2c3");
    }

    @Test
    void finds_the_moves_of_a_position_with_a_usable_en_passant_square() {
        assertThat(book.moves(EN_PASSANT)).extracting(BookMove::uci).containsExactly("g1f3", "e5d6");
    }

    @Test
    void every_move_is_legal_in_its_position() {
        SAMPLE.keySet().forEach(fen -> book.moves(fen).forEach(move -> {
            Position position = Position.fromFen(fen);
            assertThat(Uci.format(position, Uci.parse(position, move.uci()))).as("%s in %s", move, fen).isEqualTo(move.uci());
        }));
    }

    @Test
    void a_malformed_fen_is_refused_with_a_typed_error() {
        assertThatThrownBy(() -> book.moves("not a fen")).isInstanceOf(InvalidFenException.class);
    }
}
