package org.rookery.domain.knowledge.endgame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;

class TablebaseTest {
    private final Tablebase tablebase = TestTablebases.shared();

    @Test
    void a_mate_in_one_is_a_win_in_one_ply_and_every_best_move_mates() {
        Position position = Position.fromFen("7k/8/6K1/8/8/8/Q7/8 w - - 0 1");
        EndgameAnswer answer = tablebase.probe(position).orElseThrow();

        assertThat(answer.ending()).isEqualTo("KQK");
        assertThat(answer.wdl()).isEqualTo(Wdl.WIN);
        assertThat(answer.pliesToMate()).isEqualTo(1);
        assertThat(answer.movesToMate()).hasValue(1);
        assertThat(answer.bestMoves()).contains("a2a8");
        for (String move : answer.bestMoves()) {
            Position after = Position.fromFen(position.toFen());
            after.makeMove(Uci.parse(after, move));
            assertThat(after.isCheckmate()).as(move).isTrue();
        }
    }

    @Test
    void a_checkmated_side_has_lost_in_zero_and_a_stalemated_one_draws() {
        EndgameAnswer mated = tablebase.probe(Position.fromFen("7k/6Q1/6K1/8/8/8/8/8 b - - 0 1")).orElseThrow();
        assertThat(mated.wdl()).isEqualTo(Wdl.LOSS);
        assertThat(mated.movesToMate()).hasValue(0);
        assertThat(mated.bestMoves()).isEmpty();

        EndgameAnswer stalemate = tablebase.probe(Position.fromFen("7k/8/6QK/8/8/8/8/8 b - - 0 1")).orElseThrow();
        assertThat(stalemate.wdl()).isEqualTo(Wdl.DRAW);
        assertThat(stalemate.movesToMate()).isEmpty();
        assertThat(stalemate.bestMoves()).isEmpty();
    }

    @Test
    void the_losing_side_is_told_its_longest_defence() {
        // Black to move in KQK: every move loses; the best ones last longest.
        EndgameAnswer answer = tablebase.probe(Position.fromFen("8/8/8/4k3/8/8/1Q6/K7 b - - 0 1")).orElseThrow();
        assertThat(answer.wdl()).isEqualTo(Wdl.LOSS);
        assertThat(answer.pliesToMate()).isEven().isPositive();
        Position position = Position.fromFen("8/8/8/4k3/8/8/1Q6/K7 b - - 0 1");
        for (String move : answer.bestMoves()) {
            Position after = Position.fromFen(position.toFen());
            after.makeMove(Uci.parse(after, move));
            assertThat(tablebase.probe(after).orElseThrow().pliesToMate()).isEqualTo(answer.pliesToMate() - 1);
        }
    }

    @Test
    void two_bare_kings_draw() {
        EndgameAnswer answer = tablebase.probe(Position.fromFen("8/8/8/4k3/8/8/8/4K3 w - - 0 1")).orElseThrow();
        assertThat(answer.ending()).isEqualTo("KK");
        assertThat(answer.wdl()).isEqualTo(Wdl.DRAW);
        assertThat(answer.bestMoves()).hasSize(5);
    }

    @Test
    void positions_with_more_pieces_or_endings_not_covered_get_no_answer() {
        assertThat(tablebase.probe(Position.start())).isEmpty();
        Tablebase threePieceOnly = Tablebase.inMemory(Ending.threePiece());
        Position queenAgainstRook = Position.fromFen("8/8/8/4k3/8/2r5/1Q6/K7 w - - 0 1");
        assertThat(threePieceOnly.covers(queenAgainstRook)).isFalse();
        assertThat(threePieceOnly.probe(queenAgainstRook)).isEmpty();
        assertThat(threePieceOnly.endings()).containsExactlyInAnyOrderElementsOf(Ending.threePiece());
    }

    @Test
    void swapping_the_colours_and_mirroring_the_board_changes_nothing() {
        SplittableRandom random = new SplittableRandom(7);
        String[] pieces = {"Q", "R", "P", "QR"}; // endings the default build solves
        int compared = 0;
        while (compared < 300) {
            String extra = pieces[random.nextInt(pieces.length)];
            char[] board = new char[64];
            place(board, 'K', random, false);
            place(board, 'k', random, false);
            for (int i = 0; i < extra.length(); i++) {
                char letter = extra.charAt(i);
                place(board, i == 0 ? letter : Character.toLowerCase(letter), random, letter == 'P');
            }
            boolean whiteToMove = random.nextBoolean();
            Optional<Position> position = parse(board, whiteToMove, false);
            Optional<Position> mirrored = parse(board, whiteToMove, true);
            if (position.isEmpty() || mirrored.isEmpty()) continue;
            EndgameAnswer a = tablebase.probe(position.get()).orElseThrow(), b = tablebase.probe(mirrored.get()).orElseThrow();
            assertThat(b.wdl()).as(position.get().toFen()).isEqualTo(a.wdl());
            assertThat(b.pliesToMate()).as(position.get().toFen()).isEqualTo(a.pliesToMate());
            assertThat(b.bestMoves()).hasSameSizeAs(a.bestMoves());
            compared++;
        }
    }

    @Test
    void a_castling_right_is_weighed_by_looking_one_move_ahead() {
        Position withRight = Position.fromFen("4k3/8/8/8/8/8/8/R3K3 w Q - 0 1");
        Position withoutRight = Position.fromFen("4k3/8/8/8/8/8/8/R3K3 w - - 0 1");
        EndgameAnswer with = tablebase.probe(withRight).orElseThrow(), without = tablebase.probe(withoutRight).orElseThrow();
        assertThat(with.wdl()).isEqualTo(Wdl.WIN);
        assertThat(with.pliesToMate()).isLessThanOrEqualTo(without.pliesToMate());
        for (String move : with.bestMoves()) {
            Position after = Position.fromFen(withRight.toFen());
            after.makeMove(Uci.parse(after, move));
            assertThat(tablebase.probe(after).orElseThrow().pliesToMate()).isEqualTo(with.pliesToMate() - 1);
        }
    }

    @Test
    void only_the_configured_endings_and_their_dependencies_are_covered() {
        Tablebase kqkr = Tablebase.inMemory(Set.of(Ending.of("KRKQ")));
        assertThat(kqkr.endings()).containsExactlyInAnyOrder(Ending.of("KQKR"), Ending.of("KQK"), Ending.of("KRK"));
    }

    private static void place(char[] board, char piece, SplittableRandom random, boolean pawn) {
        int sq;
        do sq = pawn ? 8 + random.nextInt(48) : random.nextInt(64);
        while (board[sq] != 0);
        board[sq] = piece;
    }

    /** The position, or with colours swapped and ranks mirrored; empty when it is not legal. */
    private static Optional<Position> parse(char[] board, boolean whiteToMove, boolean mirror) {
        StringBuilder sb = new StringBuilder();
        for (int rank = 7; rank >= 0; rank--) {
            int empty = 0;
            for (int file = 0; file < 8; file++) {
                char c = board[(mirror ? 7 - rank : rank) * 8 + file];
                if (c == 0) {
                    empty++;
                    continue;
                }
                if (empty > 0) sb.append(empty);
                empty = 0;
                sb.append(mirror ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) : c);
            }
            if (empty > 0) sb.append(empty);
            if (rank > 0) sb.append('/');
        }
        sb.append(whiteToMove != mirror ? " w - - 0 1" : " b - - 0 1");
        try {
            return Optional.of(Position.fromFen(sb.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
