package org.rookery.domain.chess.pgn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgnStreamTest {

    @Test
    void reads_a_multi_game_file_game_by_game_in_order() {
        String file = String.join("\n", PgnGames.SCHOLARS_MATE, PgnGames.CASTLING_PROMOTION_EN_PASSANT,
                PgnGames.ANNOTATED, PgnGames.CHESS960);

        List<PgnGame> games = new PgnReader(new StringReader(file)).stream().toList();

        assertThat(games).extracting(g -> g.tag("Event").orElseThrow())
                .containsExactly("Club blitz", "Casual game", "Annotated opening", "Freestyle rapid");
        assertThat(games).extracting(PgnGame::result)
                .containsExactly(PgnResult.WHITE_WINS, PgnResult.UNDECIDED, PgnResult.DRAW, PgnResult.UNDECIDED);
    }

    @Test
    void games_may_follow_each_other_without_blank_lines() {
        String file = "[Event \"a\"]\n1. e4 e5 1-0\n[Event \"b\"]\n1. d4 d5 0-1 [Event \"c\"] 1. c4 *";

        assertThat(PgnReader.readAll(file)).extracting(g -> g.tag("Event").orElseThrow()).containsExactly("a", "b", "c");
    }

    @Test
    void streams_a_large_file_holding_only_a_buffer_beyond_the_current_game() {
        int copies = 5_000;
        CountingReader source = new CountingReader(PgnGames.SCHOLARS_MATE + "\n", copies);
        PgnReader reader = new PgnReader(source);

        PgnGame first = reader.next();

        assertThat(first.moves()).hasSize(7);
        assertThat(source.charsRead).as("characters pulled from the source for one game")
                .isLessThanOrEqualTo(PgnGames.SCHOLARS_MATE.length() + 1 + 8192L);
        long rest = reader.stream().count();
        assertThat(rest + 1).isEqualTo(copies);
        assertThat(source.charsRead).isEqualTo((long) copies * (PgnGames.SCHOLARS_MATE.length() + 1));
    }

    /** Serves the same text {@code copies} times without ever holding more than one copy. */
    private static final class CountingReader extends Reader {
        private final String text;
        private int copiesLeft, pos;
        long charsRead;

        CountingReader(String text, int copies) {
            this.text = text;
            this.copiesLeft = copies;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (copiesLeft == 0) return -1;
            int n = Math.min(len, text.length() - pos);
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            if (pos == text.length()) {
                pos = 0;
                copiesLeft--;
            }
            charsRead += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
