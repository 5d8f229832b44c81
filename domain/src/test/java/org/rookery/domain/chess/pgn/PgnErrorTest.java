package org.rookery.domain.chess.pgn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rookery.domain.chess.pgn.PgnParseException.Problem;

class PgnErrorTest {

    private static PgnParseException failure(String pgn) {
        return catchThrowableOfType(PgnParseException.class, () -> PgnReader.readGame(pgn));
    }

    /** Each row: the PGN ('|' stands for a line break), the problem, and where it is. */
    @ParameterizedTest(name = "{1} at {2}:{3} in {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "[Event \"x\"]||1. e4 {never closed|e5 *;            UNTERMINATED_COMMENT;   3; 7",
        "[White \"Carlsen]||1. e4 *;                         UNTERMINATED_STRING;    1; 8",
        "[Event \"x\"]|[White Carlsen]||1. e4 *;             BAD_TAG;                2; 8",
        "[Event \"x\"||1. e4 *;                              BAD_TAG;                3; 1",
        "[Wh/ite \"x\"]||1. e4 *;                            BAD_TAG;                1; 2",
        "[White \"tab\there\"]||*;                           BAD_TAG;                1; 2",
        "[Result \"white won\"]||1. e4 *;                    BAD_TAG;                1; 9",
        "[SetUp \"1\"]||1. e4 *;                             BAD_TAG;                1; 8",
        "[White \"a\"]|[White \"b\"]||*;                     DUPLICATE_TAG;          2; 1",
        "[SetUp \"1\"]|[FEN \"8/8/8/8/8/8/8/8 w - - 0 1\"]||*; BAD_FEN;              2; 6",
        "[Variant \"Crazyhouse\"]||1. e4 *;                  UNSUPPORTED_VARIANT;    1; 10",
        "1. e4 e5 2. Nf3 Nc6 3. Nf6 *;                       ILLEGAL_MOVE;           1; 24",
        "1. f3 e5 2. g4 Qh4# 3. a3 *;                        ILLEGAL_MOVE;           1; 24",
        "1. e4 e5 (1... e4) *;                               ILLEGAL_MOVE;           1; 16",
        "1. Nf3 Nf6 2. d3 d6 3. Nd2 *;                       AMBIGUOUS_MOVE;         1; 24",
        "1. e4 Xe5 *;                                        MALFORMED_MOVE;         1; 7",
        "1. e4 (1. d4 d5|2. c4;                              UNTERMINATED_VARIATION; 1; 7",
        "1. e4 e5 ) *;                                       UNEXPECTED_TOKEN;       1; 10",
        "(1. e4) 1. d4 *;                                    UNEXPECTED_TOKEN;       1; 1",
        "1. e4 (1. d4 1-0) *;                                UNEXPECTED_TOKEN;       1; 14",
        "1. e4 () *;                                         UNEXPECTED_TOKEN;       1; 8",
        "1. e4 . e5 *;                                       UNEXPECTED_TOKEN;       1; 7",
        "1. e4 \"e5\" *;                                     UNEXPECTED_TOKEN;       1; 7",
        "1. e4 <e5> *;                                       UNEXPECTED_CHARACTER;   1; 7",
        "$1 1. e4 *;                                         BAD_ANNOTATION;         1; 1",
        "1. e4 $256 *;                                       BAD_ANNOTATION;         1; 7",
        "1. e4!!! *;                                         BAD_ANNOTATION;         1; 6",
        "[Result \"1-0\"]||1. e4 e5 0-1;                     RESULT_MISMATCH;        3; 10",
    })
    void reports_the_problem_and_where_it_is(String pgn, Problem problem, int line, int column) {
        PgnParseException e = failure(pgn.strip().replace('|', '\n'));

        assertThat(e).as("no exception for %s", pgn).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).startsWith("PGN line " + line + ", column " + column + ": ");
    }

    @Test
    void an_illegal_move_names_the_san_the_move_number_and_the_position() {
        PgnParseException e = failure("[Event \"x\"]\n\n1. e4 e5 2. Nf3 Nc6 3. Nf6 *");

        assertThat(e.move()).isEqualTo("Nf6");
        assertThat(e.getMessage())
                .contains("line 3, column 24", "illegal move", "'Nf6' at move 3.")
                .contains("r1bqkbnr/pppp1ppp/2n5/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R w KQkq - 2 3");
    }

    @Test
    void a_black_move_is_numbered_with_an_ellipsis() {
        PgnParseException e = failure("1. e4 e5 2. Nf3 Nf3 *");

        assertThat(e.getMessage()).contains("'Nf3' at move 2...");
    }

    @Test
    void a_bad_fen_tag_says_which_fen_field_is_wrong() {
        PgnParseException e = failure("[FEN \"rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0\"]\n\n*");

        assertThat(e.problem()).isEqualTo(Problem.BAD_FEN);
        assertThat(e.detail()).contains("field count");
    }

    @Test
    void variations_nested_too_deeply_are_refused_whether_kept_or_skipped() {
        String deep = "1. e4 " + "(1. e4 ".repeat(65) + ")".repeat(65) + " *";

        assertThat(failure(deep).problem()).isEqualTo(Problem.TOO_LONG);
        PgnParseException skipped = catchThrowableOfType(PgnParseException.class,
                () -> new PgnReader(new StringReader(deep), Annotations.NONE).next());
        assertThat(skipped.problem()).isEqualTo(Problem.TOO_LONG);
    }

    @Test
    void skipped_variations_must_still_be_closed() {
        PgnParseException e = catchThrowableOfType(PgnParseException.class,
                () -> new PgnReader(new StringReader("1. e4 (1. d4 {no end"), Annotations.NONE).next());

        assertThat(e.problem()).isEqualTo(Problem.UNTERMINATED_COMMENT);
        assertThat(e.column()).isEqualTo(14);
    }

    @Test
    void after_a_bad_game_the_reader_resumes_at_the_next_one() {
        String pgn = """
                [Event "one"]

                1. e4 e5 *

                [Event "two"]
                [White oops]
                [Black "b"]

                1. e4 *

                [Event "three"]

                1. e4 Nf6 2. Nf6 *

                [Event "four"]

                1. e4 (1. d4
                [Event "five"]

                1. d4 d5 *
                """;
        PgnReader reader = new PgnReader(new StringReader(pgn));

        assertThat(reader.next().tag("Event")).hasValue("one");
        assertThat(catchThrowableOfType(PgnParseException.class, reader::next).problem()).isEqualTo(Problem.BAD_TAG);
        PgnParseException illegal = catchThrowableOfType(PgnParseException.class, reader::next);
        assertThat(illegal.problem()).isEqualTo(Problem.ILLEGAL_MOVE);
        assertThat(illegal.line()).isEqualTo(13);
        assertThat(catchThrowableOfType(PgnParseException.class, reader::next).problem())
                .isEqualTo(Problem.UNTERMINATED_VARIATION);
        PgnGame five = reader.next();
        assertThat(five.tag("Event")).hasValue("five");
        assertThat(five.moves()).hasSize(2);
        assertThat(reader.next()).isNull();
    }

    @Test
    void an_empty_text_holds_no_game() {
        assertThat(PgnReader.readAll("  \n\n% only an escape line\n")).isEmpty();
        assertThat(failure("").problem()).isEqualTo(Problem.UNEXPECTED_TOKEN);
    }
}
