package org.rookery.domain.knowledge.endgame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndingTest {

    @Test
    void parses_a_name_into_the_two_sides_in_piece_order() {
        Ending ending = Ending.of("KNBK");
        assertThat(ending.white()).isEqualTo("KBN");
        assertThat(ending.black()).isEqualTo("K");
        assertThat(ending.name()).isEqualTo("KBNK");
        assertThat(ending.pieceCount()).isEqualTo(4);
    }

    @Test
    void the_canonical_ending_gives_white_the_stronger_side() {
        assertThat(Ending.of("KRKQ").canonical()).isEqualTo(Ending.of("KQKR"));
        assertThat(Ending.of("KKBN").canonical()).isEqualTo(Ending.of("KBNK"));
        assertThat(Ending.of("KPKQ").canonical()).isEqualTo(Ending.of("KQKP"));
        assertThat(Ending.of("KPKP").canonical()).isEqualTo(Ending.of("KPKP"));
        assertThat(Ending.of("KQKR").isCanonical()).isTrue();
    }

    @Test
    void successors_are_the_endings_one_capture_or_promotion_away() {
        assertThat(Ending.of("KQKR").successors()).containsExactlyInAnyOrder(Ending.of("KQK"), Ending.of("KRK"));
        assertThat(Ending.of("KPK").successors())
                .containsExactlyInAnyOrder(Ending.of("KQK"), Ending.of("KRK"), Ending.of("KBK"), Ending.of("KNK"));
        // A pawn that takes the rook while promoting lands in KQK, KRK, KBK or KNK at once.
        assertThat(Ending.of("KPKR").canonical().successors()).contains(Ending.of("KQK"), Ending.of("KQKR"), Ending.of("KRKR"));
        assertThat(Ending.of("KPKP").successors()).contains(
                Ending.of("KPK"), Ending.of("KQKP"), Ending.of("KRKP"), Ending.of("KBKP"), Ending.of("KNKP"));
    }

    @Test
    void rejects_what_is_not_an_ending_of_three_or_four_pieces() {
        assertThatThrownBy(() -> Ending.of("KQRKR")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 pieces");
        assertThatThrownBy(() -> Ending.of("KK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ending.of("QKR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ending.of("KXK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ending.of("KQKK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_standard_set_holds_every_three_piece_ending_and_the_common_four_piece_ones() {
        assertThat(Tablebase.standardEndings()).contains(
                Ending.of("KQK"), Ending.of("KRK"), Ending.of("KBK"), Ending.of("KNK"), Ending.of("KPK"),
                Ending.of("KQKR"), Ending.of("KRKB"), Ending.of("KRKN"), Ending.of("KQKB"), Ending.of("KQKN"), Ending.of("KBNK"),
                Ending.of("KBBK"), Ending.of("KPKP"), Ending.of("KQKP"), Ending.of("KRKP"), Ending.of("KRKR"), Ending.of("KQKQ"));
        assertThat(Tablebase.standardEndings()).allMatch(Ending::isCanonical).hasSize(22);
    }
}
