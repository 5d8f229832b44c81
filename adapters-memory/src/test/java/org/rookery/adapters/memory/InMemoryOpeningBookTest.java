package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.ports.contract.OpeningBookContract;
import org.rookery.ports.out.BookMove;
import org.rookery.ports.out.OpeningBook;

class InMemoryOpeningBookTest extends OpeningBookContract {

    @Override
    protected OpeningBook createBook(Map<String, List<BookMove>> entries) {
        return new InMemoryOpeningBook(entries);
    }

    @Test
    void refuses_a_move_that_is_illegal_in_its_position() {
        assertThatThrownBy(() -> new InMemoryOpeningBook(Map.of(START, List.of(new BookMove("e2e5", 1, 0)))))
                .isInstanceOf(IllegalMoveException.class);
    }

    @Test
    void castling_given_king_takes_rook_is_kept_as_the_kings_step() {
        OpeningBook book = new InMemoryOpeningBook(Map.of(ITALIAN, List.of(new BookMove("e1h1", 5, 0))));
        assertThat(book.moves(ITALIAN)).containsExactly(new BookMove("e1g1", 5, 0));
    }

    @Test
    void an_empty_book_knows_nothing() {
        assertThat(InMemoryOpeningBook.empty().moves(START)).isEmpty();
    }
}
