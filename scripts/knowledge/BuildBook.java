import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnReader;
import org.rookery.domain.knowledge.book.BookBuilder;
import org.rookery.domain.knowledge.book.BundledBook;

/**
 * Builds the bundled opening book from a PGN corpus with our BookBuilder and the bundled book's
 * options, and prints the figures docs/benchmarks.md quotes (scripts/knowledge/build-book.sh runs it).
 *
 * Usage: java -cp domain/target/classes BuildBook.java CORPUS.pgn[.gz] OUT.bin
 */
public final class BuildBook {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]), out = Path.of(args[1]);
        long started = System.nanoTime();
        BookBuilder builder = new BookBuilder(BundledBook.options());
        var raw = Files.newInputStream(corpus);
        var in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        int skipped = 0;
        try (PgnReader games = new PgnReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (PgnGame game = games.next(); game != null; game = games.next()) if (!builder.add(game)) skipped++;
        }
        byte[] book = builder.toBytes();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, book);
        double seconds = (System.nanoTime() - started) / 1e9;
        long positions = builder.entries().stream().map(e -> e.key()).distinct().count();
        System.out.printf("games %d (skipped %d), entries %d, positions %d, bytes %d, build %.2f s (max ply %d, min games %d) -> %s%n",
                builder.games(), skipped, book.length / 16, positions, book.length, seconds,
                BundledBook.MAX_PLY, BundledBook.MIN_GAMES, out);
    }
}
