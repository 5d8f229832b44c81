package org.rookery.domain.knowledge.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.pgn.PgnReader;

class BundledBookTest {

    @Test
    void the_shipped_book_is_what_our_builder_makes_from_the_shipped_corpus() throws Exception {
        byte[] shipped;
        try (var in = BundledBook.class.getResourceAsStream(BundledBook.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        byte[] rebuilt;
        try (PgnReader games = new PgnReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ProjectBook.corpusFile())), StandardCharsets.UTF_8))) {
            rebuilt = ProjectBook.build(games).toBytes();
        }
        assertThat(shipped).isEqualTo(rebuilt);
        assertThat(shipped.length).isLessThan(2 * 1024 * 1024);
    }

    @Test
    void the_shipped_book_knows_several_first_moves_and_answers_them() {
        OpeningBook book = BundledBook.open();
        BookAnswer start = book.explore(Position.start());
        assertThat(start.moves().size()).isGreaterThanOrEqualTo(4);
        assertThat(start.moves()).allMatch(m -> m.weight() > 0);
        Position afterBest = Position.start();
        afterBest.makeMove(org.rookery.domain.chess.Uci.parse(afterBest, start.moves().get(0).uci()));
        assertThat(book.explore(afterBest).inBook()).isTrue();
    }
}
