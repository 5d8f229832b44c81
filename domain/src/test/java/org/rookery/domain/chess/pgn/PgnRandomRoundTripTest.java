package org.rookery.domain.chess.pgn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.RandomPlay;
import org.rookery.domain.chess.San;

/**
 * Seeded random games, half of them Chess960, annotated at random: SAN printed by
 * {@link San#format} parses back to the same move, and PGN export then import gives the same game.
 */
class PgnRandomRoundTripTest {
    private static final int GAMES = 200;
    private static final String[] WORDS = {
        "good", "idea", "[%clk", "0:03:12]", "%eval", "{inner", "brace}", "\"quoted\"", "é", "a;b", "(sic)", "$1", "1-0"
    };

    private final RandomGenerator rnd = new Random(20250214L);
    private int sanChecked, castlings, promotions, enPassants, mates;

    @Test
    void random_games_survive_san_and_pgn_round_trips_exactly() {
        List<PgnGame> games = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < GAMES; i++) {
            Position start = i % 2 == 0 ? Position.start() : RandomPlay.chess960Start(rnd);
            PgnGame game = randomGame(start);
            String written = PgnWriter.write(game);

            assertThat(PgnReader.readGame(written)).as("game %d:%n%s", i, written).isEqualTo(game);
            assertThat(written.lines().filter(l -> !l.contains(";")))
                    .allSatisfy(l -> assertThat(l.length()).isLessThan(80));
            assertThat(new PgnReader(new StringReader(PgnWriter.write(game, Annotations.NONE)), Annotations.NONE).next())
                    .isEqualTo(game.keeping(Annotations.NONE));
            games.add(game);
            file.append(written);
        }

        assertThat(PgnReader.readAll(file.toString())).isEqualTo(games);
        assertThat(sanChecked).isGreaterThan(10_000);
        assertThat(castlings).isPositive();
        assertThat(promotions).isPositive();
        assertThat(enPassants).isPositive();
        assertThat(mates).isPositive();
    }

    private PgnGame randomGame(Position start) {
        PgnGameBuilder tags = new PgnGameBuilder(start);
        PgnGame shell = tags.tag("Event", "Random \"" + rnd.nextInt(1000) + "\" \\ cup")
                .tag("White", "Engine " + rnd.nextInt(10))
                .tag("Annotator", "seed")
                .build();
        List<String> lead = rnd.nextInt(5) == 0 ? List.of(comment()) : List.of();
        List<PgnMove> moves = line(start, 1 + rnd.nextInt(120), 0);
        PgnResult result = PgnResult.values()[rnd.nextInt(4)];
        List<TagPair> withoutResult = shell.tags().stream().filter(t -> !t.name().equals("Result")).toList();
        return new PgnGame(withoutResult, lead, moves, result);
    }

    /** Up to {@code plies} random moves from {@code p}, with annotations; leaves {@code p} as it was. */
    private List<PgnMove> line(Position p, int plies, int depth) {
        List<PgnMove> moves = new ArrayList<>();
        for (int ply = 0; ply < plies && p.legalMoveCount() > 0; ply++) {
            int move = RandomPlay.pickMove(p, rnd);
            String san = San.format(p, move);
            assertThat(San.parse(p, san)).as("SAN %s in %s", san, p.toFen()).isEqualTo(move);
            sanChecked++;
            count(move, san);
            List<Variation> variations = new ArrayList<>();
            if (depth < 3 && rnd.nextInt(12) == 0) variations.add(new Variation(
                    rnd.nextInt(4) == 0 ? List.of(comment()) : List.of(), line(p, 1 + rnd.nextInt(5), depth + 1)));
            List<Integer> nags = rnd.nextInt(8) == 0 ? List.of(rnd.nextInt(256)) : List.of();
            List<String> comments = rnd.nextInt(8) == 0 ? List.of(comment()) : List.of();
            moves.add(new PgnMove(san, nags, comments, variations));
            p.makeMove(move);
        }
        for (int i = 0; i < moves.size(); i++) p.unmakeMove();
        return moves;
    }

    private void count(int move, String san) {
        if (Move.isCastling(move)) castlings++;
        if (Move.promotion(move) != null) promotions++;
        if (Move.isEnPassant(move)) enPassants++;
        if (san.endsWith("#")) mates++;
    }

    private String comment() {
        StringBuilder sb = new StringBuilder();
        int words = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 40 : 6);
        for (int i = 0; i < words; i++) sb.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
        return sb.toString();
    }
}
