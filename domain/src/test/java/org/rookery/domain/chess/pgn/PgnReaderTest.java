package org.rookery.domain.chess.pgn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;

class PgnReaderTest {

    private static List<String> sans(List<PgnMove> moves) {
        return moves.stream().map(PgnMove::san).toList();
    }

    @Test
    void reads_scholars_mate_with_its_tags_result_and_checkmate() {
        PgnGame game = PgnReader.readGame(PgnGames.SCHOLARS_MATE);

        assertThat(game.tag("White")).hasValue("Novice, Nora");
        assertThat(game.tags()).extracting(TagPair::name)
                .containsExactly("Event", "Site", "Date", "Round", "White", "Black", "Result");
        assertThat(sans(game.moves())).containsExactly("e4", "e5", "Bc4", "Nc6", "Qh5", "Nf6", "Qxf7#");
        assertThat(game.moves().get(5).nags()).containsExactly(4); // "??" is $4
        assertThat(game.result()).isEqualTo(PgnResult.WHITE_WINS);
        assertThat(game.finalPosition().isCheckmate()).isTrue();
    }

    @Test
    void reads_en_passant_promotion_and_castling_on_both_sides() {
        PgnGame game = PgnReader.readGame(PgnGames.CASTLING_PROMOTION_EN_PASSANT);

        assertThat(sans(game.moves())).containsSubsequence("exf6", "gxh8=Q", "O-O-O", "O-O");
        assertThat(game.tag("ECO")).hasValue("B01");
        assertThat(game.result()).isEqualTo(PgnResult.UNDECIDED);
        assertThat(game.finalPosition().toFen()).isEqualTo("2k3r1/pppq3p/2nb4/3ppb2/8/5N2/PPPPBPPP/RNBQ1RK1 w - - 0 10");
    }

    @Test
    void keeps_comments_nags_and_nested_variations_attached_to_their_moves() {
        PgnGame game = PgnReader.readGame(PgnGames.ANNOTATED);

        assertThat(game.comments()).containsExactly("A quiet game.");
        PgnMove e4 = game.moves().get(0), e5 = game.moves().get(1);
        assertThat(e4.comments()).containsExactly("King's pawn");
        Variation sicilian = e5.variations().getFirst();
        assertThat(sans(sicilian.moves())).containsExactly("c5", "Nf3", "d6");
        assertThat(sicilian.moves().get(0).comments()).containsExactly("Sicilian");
        Variation alapin = sicilian.moves().get(1).variations().getFirst();
        assertThat(sans(alapin.moves())).containsExactly("c3", "d5", "exd5");
        assertThat(sans(alapin.moves().get(1).variations().getFirst().moves())).containsExactly("Nf6", "e5");
        assertThat(game.moves().get(2).nags()).containsExactly(1);
        assertThat(game.moves().get(4).nags()).containsExactly(5); // "!?"
        assertThat(game.moves().get(5).nags()).containsExactly(6);
        assertThat(sans(game.moves())).endsWith("O-O", "Be7");
        assertThat(game.result()).isEqualTo(PgnResult.DRAW);
    }

    @Test
    void skips_every_annotation_when_asked_and_keeps_the_same_mainline() {
        PgnGame kept = PgnReader.readGame(PgnGames.ANNOTATED);
        PgnGame bare = new PgnReader(new StringReader(PgnGames.ANNOTATED), Annotations.NONE).next();

        assertThat(bare.comments()).isEmpty();
        assertThat(bare.moves()).allSatisfy(m -> {
            assertThat(m.comments()).isEmpty();
            assertThat(m.nags()).isEmpty();
            assertThat(m.variations()).isEmpty();
        });
        assertThat(bare).isEqualTo(kept.keeping(Annotations.NONE));
    }

    @Test
    void keeps_only_the_chosen_kinds_of_annotation() {
        Annotations onlyVariations = new Annotations(false, false, true);
        PgnGame game = new PgnReader(new StringReader(PgnGames.ANNOTATED), onlyVariations).next();

        assertThat(game).isEqualTo(PgnReader.readGame(PgnGames.ANNOTATED).keeping(onlyVariations));
        assertThat(game.moves().get(1).variations()).hasSize(1);
        assertThat(game.moves().get(0).comments()).isEmpty();
    }

    @Test
    void honours_a_chess960_start_position_and_its_castling() {
        PgnGame game = PgnReader.readGame(PgnGames.CHESS960);

        assertThat(game.startFen()).hasValue("bbqnnrkr/pppppppp/8/8/8/8/PPPPPPPP/BBQNNRKR w HFhf - 0 1");
        Position start = game.startPosition();
        assertThat(start.isChess960()).isTrue();
        assertThat(sans(game.moves())).containsSubsequence("O-O-O", "O-O-O");
        Position end = game.finalPosition();
        assertThat(end.toFen()).isEqualTo("bbkr3r/pqppppnp/1p6/5n2/8/1P1N4/P1PPPPPP/BBKR3R w - - 0 8");
    }

    @Test
    void a_chess960_variant_tag_makes_even_the_standard_setup_chess960() {
        String moves = "1. e4 e5 2. Nf3 Nf6 3. Bc4 Bc5 4. O-O *";

        assertThat(lastMoveInUci(PgnReader.readGame("[Variant \"Chess960\"]\n\n" + moves))).isEqualTo("e1h1");
        assertThat(lastMoveInUci(PgnReader.readGame(moves))).isEqualTo("e1g1");
    }

    private static String lastMoveInUci(PgnGame game) {
        Position p = game.finalPosition();
        int last = p.lastMove();
        p.unmakeMove();
        return Uci.format(p, last);
    }

    @Test
    void reads_line_comments_escape_lines_multi_line_comments_and_escaped_quotes() {
        String pgn = """
                % produced by a tool that writes escape lines
                [Event "The \\"Immortal\\" game \\\\ replay"]
                [Result "*"]

                1. e4 ; the king's pawn
                e5 {a comment
                   spanning   three
                   lines} 2. Nf3
                % another escape line inside the movetext
                Nc6 *
                """;
        PgnGame game = PgnReader.readGame(pgn);

        assertThat(game.tag("Event")).hasValue("The \"Immortal\" game \\ replay");
        assertThat(game.moves().get(0).comments()).containsExactly("the king's pawn");
        assertThat(game.moves().get(1).comments()).containsExactly("a comment spanning three lines");
        assertThat(sans(game.moves())).containsExactly("e4", "e5", "Nf3", "Nc6");
    }

    @Test
    void reads_the_null_annotation_and_the_highest_nag() {
        PgnGame game = PgnReader.readGame("1. e4 $0 e5 $255 $1 *");

        assertThat(game.moves().get(0).nags()).containsExactly(0);
        assertThat(game.moves().get(1).nags()).containsExactly(255, 1);
    }

    @Test
    void reads_move_numbers_written_every_way() {
        PgnGame game = PgnReader.readGame("1.e4 1...e5 2. Nf3 2... Nc6 3 . Bb5 3 ... a6 4.Ba4 Nf6 *");

        assertThat(sans(game.moves())).containsExactly("e4", "e5", "Nf3", "Nc6", "Bb5", "a6", "Ba4", "Nf6");
    }

    @Test
    void reads_a_bom_crlf_line_ends_and_blank_lines() {
        String pgn = "\uFEFF[Event \"x\"]\r\n[Result \"0-1\"]\r\n\r\n1. f3 e5 2. g4 Qh4# 0-1\r\n\r\n\r\n";
        PgnReader reader = new PgnReader(new StringReader(pgn));

        PgnGame game = reader.next();
        assertThat(game.tag("Event")).hasValue("x");
        assertThat(game.finalPosition().isCheckmate()).isTrue();
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }

    @Test
    void accepts_tolerant_san_and_stores_it_canonically() {
        PgnGame game = PgnReader.readGame("""
                [FEN "4k3/8/8/3pP3/8/8/8/R3K2R w KQ d6 0 1"]

                1. exd6e.p. Kf7 2. 0-0-0 Ke6 3. d7 Ke7 4. d8Q Kf7 *
                """);

        assertThat(sans(game.moves())).containsExactly("exd6", "Kf7", "O-O-O", "Ke6", "d7", "Ke7", "d8=Q+", "Kf7");
        assertThat(game.tag("SetUp")).hasValue("1");
    }

    @Test
    void a_game_without_tags_or_result_still_reads_with_the_roster_filled_in() {
        PgnGame game = PgnReader.readGame("1. d4 d5 2. c4");

        assertThat(game.result()).isEqualTo(PgnResult.UNDECIDED);
        assertThat(game.tag("Date")).hasValue("????.??.??");
        assertThat(game.tag("White")).hasValue("?");
        assertThat(game.moves()).hasSize(3);
    }

    @Test
    void a_missing_marker_takes_the_result_tag() {
        PgnGame game = PgnReader.readGame("[Result \"1-0\"]\n\n1. e4 e5");

        assertThat(game.result()).isEqualTo(PgnResult.WHITE_WINS);
    }

    @Test
    void a_game_may_have_no_moves() {
        PgnGame game = PgnReader.readGame("[Event \"Forfeit\"]\n[Result \"1-0\"]\n\n{Black did not show up} 1-0\n");

        assertThat(game.moves()).isEmpty();
        assertThat(game.comments()).containsExactly("Black did not show up");
    }
}
