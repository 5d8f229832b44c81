package org.rookery.domain.chess.pgn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PgnWriterTest {

    @Test
    void writes_the_roster_a_blank_line_and_the_numbered_moves_ending_with_the_result() {
        String written = PgnWriter.write(PgnReader.readGame(PgnGames.SCHOLARS_MATE));

        assertThat(written).isEqualTo("""
                [Event "Club blitz"]
                [Site "Leeds ENG"]
                [Date "2024.03.09"]
                [Round "1"]
                [White "Novice, Nora"]
                [Black "Beginner, Ben"]
                [Result "1-0"]

                1. e4 e5 2. Bc4 Nc6 3. Qh5 Nf6 $4 4. Qxf7# 1-0

                """);
    }

    @Test
    void puts_the_seven_tag_roster_first_whatever_order_the_tags_came_in() {
        PgnGame game = PgnReader.readGame("[ECO \"C20\"]\n[White \"W\"]\n[Result \"*\"]\n[Event \"E\"]\n\n1. e4 *");

        assertThat(PgnWriter.write(game)).startsWith("""
                [Event "E"]
                [Site "?"]
                [Date "????.??.??"]
                [Round "?"]
                [White "W"]
                [Black "?"]
                [Result "*"]
                [ECO "C20"]
                """);
    }

    @Test
    void escapes_quotes_and_backslashes_in_tag_values() {
        PgnGame game = new PgnGameBuilder().tag("Event", "The \"Big\" \\ Open").build();

        assertThat(PgnWriter.write(game)).contains("[Event \"The \\\"Big\\\" \\\\ Open\"]");
        assertThat(PgnReader.readGame(PgnWriter.write(game))).isEqualTo(game);
    }

    @Test
    void numbers_black_moves_after_comments_and_variations() {
        String written = PgnWriter.write(PgnReader.readGame(PgnGames.ANNOTATED));

        assertThat(movetext(written)).isEqualTo("""
                {A quiet game.} 1. e4 {King's pawn} 1... e5 (1... c5 {Sicilian} 2. Nf3 (2. c3
                d5 (2... Nf6 3. e5) 3. exd5) 2... d6) 2. Nf3 $1 Nc6 3. Bb5 $5 a6 $6 4. Ba4 Nf6
                5. O-O Be7 1/2-1/2
                """);
    }

    @Test
    void a_game_from_a_position_with_black_to_move_starts_with_an_ellipsis() {
        PgnGame game = PgnReader.readGame("[FEN \"4k3/8/8/8/8/8/4P3/4K3 b - - 0 41\"]\n\n41... Kd7 42. e4 Ke6 *");

        assertThat(movetext(PgnWriter.write(game))).isEqualTo("41... Kd7 42. e4 Ke6 *\n");
    }

    @Test
    void writes_only_the_annotations_asked_for() {
        PgnGame game = PgnReader.readGame(PgnGames.ANNOTATED);

        assertThat(movetext(PgnWriter.write(game, Annotations.NONE)))
                .isEqualTo("1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 1/2-1/2\n");
        assertThat(movetext(PgnWriter.write(game, new Annotations(false, true, false))))
                .isEqualTo("1. e4 e5 2. Nf3 $1 Nc6 3. Bb5 $5 a6 $6 4. Ba4 Nf6 5. O-O Be7 1/2-1/2\n");
    }

    @Test
    void wraps_long_comments_between_words_and_never_starts_a_line_with_a_percent_sign() {
        String words = String.join(" ", Collections.nCopies(30, "word %eval"));
        PgnGame game = new PgnGameBuilder().move("e4").comment(words).move("e5").build();

        String written = PgnWriter.write(game);

        assertThat(written.lines()).allSatisfy(line -> {
            assertThat(line.length()).isLessThan(80);
            assertThat(line).doesNotStartWith("%");
        });
        assertThat(PgnReader.readGame(written)).isEqualTo(game);
    }

    @Test
    void a_comment_holding_a_closing_brace_is_written_as_a_line_comment() {
        PgnGame game = new PgnGameBuilder().move("e4").comment("see {this} }").move("e5").build();

        String written = PgnWriter.write(game);

        assertThat(movetext(written)).isEqualTo("1. e4 ;see {this} }\n1... e5 *\n");
        assertThat(PgnReader.readGame(written)).isEqualTo(game);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCHOLARS_MATE", "CASTLING_PROMOTION_EN_PASSANT", "ANNOTATED", "CHESS960"})
    void export_then_import_gives_the_same_game(String name) throws ReflectiveOperationException {
        String pgn = (String) PgnGames.class.getDeclaredField(name).get(null);
        PgnGame game = PgnReader.readGame(pgn);

        String written = PgnWriter.write(game);

        assertThat(PgnReader.readGame(written)).isEqualTo(game);
        assertThat(PgnWriter.write(PgnReader.readGame(written))).isEqualTo(written);
        assertThat(new PgnReader(new StringReader(PgnWriter.write(game, Annotations.NONE)), Annotations.NONE).next())
                .isEqualTo(game.keeping(Annotations.NONE));
    }

    @Test
    void games_written_one_after_another_read_back_as_the_same_games() {
        List<PgnGame> games = PgnReader.readAll(String.join("\n", PgnGames.SCHOLARS_MATE, PgnGames.ANNOTATED, PgnGames.CHESS960));
        StringBuilder file = new StringBuilder();
        for (PgnGame g : games) PgnWriter.write(g, Annotations.ALL, file);

        assertThat(PgnReader.readAll(file.toString())).isEqualTo(games);
    }

    @Test
    void the_builder_records_the_start_position_of_a_chess960_game() {
        PgnGame read = PgnReader.readGame(PgnGames.CHESS960);
        PgnGameBuilder builder = new PgnGameBuilder(read.startPosition());
        read.moves().forEach(m -> builder.move(m.san()));

        PgnGame built = builder.build();

        assertThat(built.tag("Variant")).hasValue("Chess960");
        assertThat(built.tag("SetUp")).hasValue("1");
        assertThat(built.moves()).isEqualTo(read.keeping(Annotations.NONE).moves());
        assertThat(PgnReader.readGame(PgnWriter.write(built))).isEqualTo(built);
    }

    private static String movetext(String written) {
        String[] parts = written.split("\n\n", 2);
        return parts[1].stripTrailing() + "\n";
    }
}
