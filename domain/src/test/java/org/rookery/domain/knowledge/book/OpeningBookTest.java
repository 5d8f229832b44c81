package org.rookery.domain.knowledge.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.chess.pgn.PgnReader;

class OpeningBookTest {
    /** Three games: 1.e4 won by White, 1.e4 lost by White, 1.d4 drawn; the e4 games castle short. */
    private static final String GAMES = """
            [Result "1-0"]

            1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 4. O-O Nf6 1-0

            [Result "0-1"]

            1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 4. O-O d6 0-1

            [Result "1/2-1/2"]

            1. d4 d5 1/2-1/2
            """;

    private static OpeningBook book(int minGames) {
        BookBuilder builder = new BookBuilder(new BookBuildOptions(1024, minGames));
        PgnReader.readAll(GAMES).forEach(builder::add);
        return OpeningBook.of(builder.toBytes());
    }

    @Test
    void a_move_weighs_two_per_win_and_one_per_draw_of_the_side_that_played_it() {
        BookAnswer start = book(1).explore(Position.start());

        assertThat(start.keyHex()).isEqualTo("463b96181691fc9c");
        assertThat(start.moves()).extracting(BookMove::uci).containsExactly("e2e4", "d2d4");
        assertThat(start.moves()).extracting(BookMove::weight).containsExactly(2, 1);
        assertThat(start.moves().get(0).share()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(start.moves().get(0).san()).isEqualTo("e4");
        assertThat(start.totalWeight()).isEqualTo(3);
    }

    @Test
    void moves_that_scored_nothing_or_too_few_games_are_left_out() {
        Position afterE4 = Position.start();
        afterE4.makeMove(Uci.parse(afterE4, "e2e4"));
        // 1...e5 won one game and lost one for Black: 2 points in 2 games.
        assertThat(book(1).explore(afterE4).moves()).extracting(BookMove::uci, BookMove::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e7e5", 2));
        // With two games needed, 1.d4 (one game) drops out; 1.e4 stays.
        assertThat(book(2).explore(Position.start()).moves()).extracting(BookMove::uci).containsExactly("e2e4");
        // Black's 4...Nf6 lost its only game: score 0, never in the book.
        Position beforeFourth = play("e2e4 e7e5 g1f3 b8c6 f1c4 f8c5 e1g1");
        assertThat(book(1).explore(beforeFourth).moves()).extracting(BookMove::uci).containsExactly("d7d6");
    }

    @Test
    void castling_is_stored_king_takes_rook_and_shown_as_the_kings_step() {
        OpeningBook book = book(1);
        Position beforeCastling = play("e2e4 e7e5 g1f3 b8c6 f1c4 f8c5");
        BookAnswer answer = book.explore(beforeCastling);

        assertThat(answer.moves()).extracting(BookMove::uci).containsExactly("e1g1");
        assertThat(answer.moves().get(0).san()).isEqualTo("O-O");
        int stored = book.entries(answer.key()).get(0).move();
        assertThat(stored).isEqualTo(7 | (4 << 6)); // e1h1
    }

    @Test
    void promotions_round_trip_through_the_polyglot_code() {
        Position position = Position.fromFen("8/4P3/8/8/8/8/k7/7K w - - 0 1");
        for (String uci : new String[] {"e7e8q", "e7e8r", "e7e8b", "e7e8n"}) {
            int move = Uci.parse(position, uci);
            int code = PolyglotMove.encode(move);
            assertThat(code >>> 12).isBetween(1, 4);
            assertThat(PolyglotMove.decode(position, code)).isEqualTo(move);
        }
        assertThat(PolyglotMove.encode(Uci.parse(position, "e7e8q")) >>> 12).isEqualTo(4);
        assertThat(PolyglotMove.encode(Uci.parse(position, "e7e8n")) >>> 12).isEqualTo(1);
    }

    @Test
    void a_bot_draws_moves_in_proportion_to_their_weights() {
        OpeningBook book = book(1);
        RandomGenerator random = new SplittableRandom(42);
        int e4 = 0, draws = 30_000;
        for (int i = 0; i < draws; i++) if (book.choose(Position.start(), random).orElseThrow().uci().equals("e2e4")) e4++;
        assertThat((double) e4 / draws).isCloseTo(2.0 / 3, within(0.02));

        assertThat(book.choose(Position.start(), fixed(0)).orElseThrow().uci()).isEqualTo("e2e4");
        assertThat(book.choose(Position.start(), fixed(2)).orElseThrow().uci()).isEqualTo("d2d4");
        assertThat(book.choose(play("a2a3"), random)).isEmpty();
    }

    @Test
    void a_position_outside_the_book_has_no_moves() {
        assertThat(book(1).explore(play("h2h4")).inBook()).isFalse();
        assertThat(OpeningBook.empty().explore(Position.start()).moves()).isEmpty();
    }

    @Test
    void an_entry_whose_move_is_not_legal_is_left_out() {
        long key = PolyglotKey.of(Position.start());
        byte[] bytes = new byte[32];
        entry(bytes, 0, key, 12 | (12 << 6), 10); // e2e2: not a move
        entry(bytes, 16, key, 28 | (12 << 6), 5); // e2e4
        BookAnswer answer = OpeningBook.of(bytes).explore(Position.start());
        assertThat(answer.moves()).extracting(BookMove::uci).containsExactly("e2e4");
        assertThat(answer.moves().get(0).share()).isEqualTo(1.0);
    }

    @Test
    void bytes_that_are_not_a_book_are_refused_with_the_reason() {
        assertThatThrownBy(() -> OpeningBook.of(new byte[17])).isInstanceOf(InvalidBookException.class).hasMessageContaining("16-byte");
        byte[] unsorted = new byte[32];
        entry(unsorted, 0, 0x9000000000000000L, 28 | (12 << 6), 1);
        entry(unsorted, 16, 0x1000000000000000L, 28 | (12 << 6), 1);
        assertThatThrownBy(() -> OpeningBook.of(unsorted)).isInstanceOf(InvalidBookException.class).hasMessageContaining("sorted");
    }

    @Test
    void keys_are_compared_unsigned_as_polyglot_sorts_them() {
        byte[] bytes = new byte[32];
        entry(bytes, 0, 0x1000000000000000L, 1, 1);
        entry(bytes, 16, 0x9000000000000000L, 2, 1); // negative as a Java long, but larger unsigned
        OpeningBook book = OpeningBook.of(bytes);
        assertThat(book.entries(0x9000000000000000L)).extracting(BookEntry::move).containsExactly(2);
        assertThat(book.entries(0x1000000000000000L)).extracting(BookEntry::move).containsExactly(1);
    }

    @Test
    void a_book_has_a_fingerprint_of_its_bytes() {
        assertThat(book(1).fingerprint()).hasSize(64).isEqualTo(book(1).fingerprint()).isNotEqualTo(book(2).fingerprint());
        assertThat(OpeningBook.empty().fingerprint()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    static Position play(String moves) {
        Position p = Position.start();
        for (String m : moves.split(" ")) p.makeMove(Uci.parse(p, m));
        return p;
    }

    private static void entry(byte[] bytes, int at, long key, int move, int weight) {
        for (int i = 0; i < 8; i++) bytes[at + i] = (byte) (key >>> (56 - 8 * i));
        bytes[at + 8] = (byte) (move >>> 8);
        bytes[at + 9] = (byte) move;
        bytes[at + 10] = (byte) (weight >>> 8);
        bytes[at + 11] = (byte) weight;
    }

    /** A generator whose bounded draws always give {@code value}. */
    private static RandomGenerator fixed(long value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public long nextLong(long bound) {
                return value;
            }
        };
    }
}
