package org.rookery.domain.chess.pgn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.RandomPlay;

/** The builder's own PGN text is exactly what writing its built game gives, for every kind of start. */
class PgnGameBuilderTest {
    private final RandomGenerator rnd = new Random(20261123L);

    @Test
    void to_pgn_writes_what_writing_the_built_game_writes() {
        for (int i = 0; i < 120; i++) {
            Position start = switch (i % 3) {
                case 0 -> Position.start();
                case 1 -> RandomPlay.chess960Start(rnd);
                default -> Position.fromFen("r3k2r/8/8/8/8/8/8/R3K2R b KQkq - 3 17"); // Black to move, move 17
            };
            PgnGameBuilder builder = new PgnGameBuilder(start).tag("Event", "Test \"" + i + "\"").tag("White", "A\\B");
            if (rnd.nextInt(4) == 0) builder.comment("before the first move");
            Position p = builder.position();
            for (int ply = 0, plies = rnd.nextInt(90); ply < plies && p.legalMoveCount() > 0; ply++) {
                int move = RandomPlay.pickMove(p, rnd);
                builder.move(move);
                p.makeMove(move);
                if (rnd.nextInt(10) == 0) builder.nag(1 + rnd.nextInt(20));
                if (rnd.nextInt(10) == 0) builder.comment("a thought {with braces}");
            }
            builder.result(PgnResult.values()[rnd.nextInt(PgnResult.values().length)]);

            String text = builder.toPgn();

            assertThat(text).as("game %d", i).isEqualTo(PgnWriter.write(builder.build()));
            assertThat(PgnReader.readGame(text)).isEqualTo(builder.build());
        }
    }
}
