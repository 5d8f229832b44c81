package org.rookery.domain.chess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MagicTableTest {
    private static final int[][] ROOK_DIRECTIONS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    private static final int[][] BISHOP_DIRECTIONS = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};

    @Test
    void baked_in_magics_are_used_as_they_are() {
        assertThat(MagicTable.build(ROOK_DIRECTIONS, MagicNumbers.ROOK).magics()).containsExactly(MagicNumbers.ROOK);
        assertThat(MagicTable.build(BISHOP_DIRECTIONS, MagicNumbers.BISHOP).magics()).containsExactly(MagicNumbers.BISHOP);
    }

    @Test
    void lookups_match_ray_walking_for_random_occupancies() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            int sq = random.nextInt(64);
            long occ = random.nextLong() & random.nextLong();
            assertThat(Attacks.rookAttacks(sq, occ)).isEqualTo(MagicTable.slowAttacks(sq, occ, ROOK_DIRECTIONS));
            assertThat(Attacks.bishopAttacks(sq, occ)).isEqualTo(MagicTable.slowAttacks(sq, occ, BISHOP_DIRECTIONS));
        }
    }

    @Test
    void a_failing_magic_is_replaced_by_a_search() {
        MagicTable table = MagicTable.build(BISHOP_DIRECTIONS, new long[64]);
        assertThat(table.magics()).doesNotContain(0L);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 5_000; i++) {
            int sq = random.nextInt(64);
            long occ = random.nextLong();
            assertThat(table.attacks(sq, occ)).isEqualTo(MagicTable.slowAttacks(sq, occ, BISHOP_DIRECTIONS));
        }
    }
}
