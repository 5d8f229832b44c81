package org.rookery.domain.chess.pgn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.pgn.PgnParseException.Problem;
import org.rookery.domain.chess.pgn.internal.PgnLexer;

class PgnGameTest {

    private static List<PgnMove> moves(String... sans) {
        return Arrays.stream(sans).map(PgnMove::new).toList();
    }

    @Test
    void fills_the_seven_tag_roster_and_puts_it_first() {
        PgnGame game = new PgnGame(List.of(new TagPair("ECO", "A00"), new TagPair("Black", "B")),
                List.of(), moves("a3"), PgnResult.BLACK_WINS);

        assertThat(game.tags()).containsExactly(
                new TagPair("Event", "?"), new TagPair("Site", "?"), new TagPair("Date", "????.??.??"),
                new TagPair("Round", "?"), new TagPair("White", "?"), new TagPair("Black", "B"),
                new TagPair("Result", "0-1"), new TagPair("ECO", "A00"));
    }

    @Test
    void adds_set_up_beside_a_fen_tag() {
        PgnGame game = new PgnGame(List.of(new TagPair("FEN", "4k3/8/8/8/8/8/4P3/4K3 w - - 0 1")),
                List.of(), moves("e4"), PgnResult.UNDECIDED);

        assertThat(game.tags().subList(7, 9)).extracting(TagPair::name).containsExactly("SetUp", "FEN");
        assertThat(game.finalPosition().toFen()).isEqualTo("4k3/8/8/8/4P3/8/8/4K3 b - - 0 1");
    }

    @Test
    void refuses_tags_that_contradict_the_game() {
        assertThatThrownBy(() -> new PgnGame(List.of(new TagPair("Result", "1-0")), List.of(), List.of(), PgnResult.DRAW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Result");
        assertThatThrownBy(() -> new PgnGame(List.of(new TagPair("White", "a"), new TagPair("White", "b")),
                List.of(), List.of(), PgnResult.DRAW)).hasMessageContaining("twice");
        assertThatThrownBy(() -> new PgnGame(List.of(new TagPair("SetUp", "1")), List.of(), List.of(), PgnResult.DRAW))
                .hasMessageContaining("no FEN");
        assertThatThrownBy(() -> new PgnGame(List.of(new TagPair("Variant", "Atomic")), List.of(), List.of(), PgnResult.DRAW))
                .hasMessageContaining("Atomic");
    }

    @Test
    void refuses_illegal_and_non_canonical_moves_anywhere_in_the_tree() {
        assertThatThrownBy(() -> new PgnGame(List.of(), List.of(), moves("e4", "e4"), PgnResult.UNDECIDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("move 1...")
                .hasCauseInstanceOf(IllegalMoveException.class);
        assertThatThrownBy(() -> new PgnGame(List.of(), List.of(), moves("Ng1f3"), PgnResult.UNDECIDED))
                .hasMessageContaining("write 'Nf3'");
        PgnMove withBadVariation = new PgnMove("e4", List.of(), List.of(), List.of(new Variation(moves("d4", "d4"))));
        assertThatThrownBy(() -> new PgnGame(List.of(), List.of(), List.of(withBadVariation), PgnResult.UNDECIDED))
                .hasMessageContaining("'d4'");
    }

    @Test
    void values_refuse_malformed_parts() {
        assertThatThrownBy(() -> new TagPair("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TagPair("White", "line\nbreak")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PgnMove("e4", List.of(256), List.of(), List.of())).hasMessageContaining("$256");
        assertThatThrownBy(() -> new PgnMove("e4", List.of(), List.of("  two  spaces"), List.of()))
                .hasMessageContaining("single-spaced");
        assertThatThrownBy(() -> new PgnMove("e4 e5")).hasMessageContaining("not SAN");
        assertThatThrownBy(() -> new Variation(List.of())).hasMessageContaining("at least one move");
    }

    @Test
    void normalizes_comment_text_to_single_spaces() {
        assertThat(PgnMove.normalizeComment("  a\n\tb   c  ")).isEqualTo("a b c");
    }

    @Test
    void the_start_position_is_a_fresh_copy_each_time() {
        PgnGame game = PgnReader.readGame(PgnGames.SCHOLARS_MATE);
        Position p = game.startPosition();
        p.makeMove(p.legalMoves()[0]);

        assertThat(game.startPosition().toFen()).isEqualTo(Position.STANDARD_START);
    }

    @Test
    void refuses_an_overlong_comment_instead_of_buffering_it() {
        String pgn = "1. e4 {" + "x".repeat(PgnLexer.MAX_TOKEN_CHARS + 1) + "} *";

        assertThatThrownBy(() -> PgnReader.readGame(pgn)).isInstanceOf(PgnParseException.class)
                .extracting(e -> ((PgnParseException) e).problem()).isEqualTo(Problem.TOO_LONG);
        assertThat(new PgnReader(new StringReader(pgn), Annotations.NONE).next().moves()).hasSize(1);
    }
}
