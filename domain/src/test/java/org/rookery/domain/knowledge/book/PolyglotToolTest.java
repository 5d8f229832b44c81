package org.rookery.domain.knowledge.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.chess.pgn.PgnReader;
import org.rookery.domain.knowledge.ExternalTool;

/**
 * Our book code against Debian's Polyglot 2.0.4, a second implementation: the builder must make
 * the same entries as {@code polyglot make-book} from the project's corpus, and the reader must
 * see, in every position of {@code polyglot dump-book}'s lines, exactly the moves and the
 * percentages Polyglot prints, on Polyglot's book and on GNU Chess's real-world book.
 */
class PolyglotToolTest {
    static final int MAX_PLY = BundledBook.options().maxPly(), MIN_GAMES = BundledBook.options().minGames();

    @TempDir
    Path temp;

    @Test
    @Timeout(300)
    void our_builder_makes_the_entries_polyglot_make_book_makes() throws Exception {
        Path polyglot = ExternalTool.require("polyglot", "polyglot");
        Path pgn = plainCorpus();
        Path theirs = temp.resolve("polyglot.bin");
        run(polyglot, "make-book", "-pgn", pgn.toString(), "-bin", theirs.toString(), "-max-ply", "" + MAX_PLY, "-min-game", "" + MIN_GAMES);

        List<BookEntry> ours = ProjectBook.build(corpus()).entries();
        List<BookEntry> polyglots = entriesOf(OpeningBook.of(Files.readAllBytes(theirs)));

        assertThat(ours.size()).isGreaterThan(1000);
        // Polyglot sorts equal weights of one key in no fixed order: compare in one order.
        assertThat(sorted(ours)).isEqualTo(sorted(polyglots));
    }

    @Test
    @Timeout(300)
    void our_reader_sees_what_polyglot_dump_book_prints_of_the_corpus_book() throws Exception {
        Path polyglot = ExternalTool.require("polyglot", "polyglot");
        Path bin = temp.resolve("corpus.bin");
        run(polyglot, "make-book", "-pgn", plainCorpus().toString(), "-bin", bin.toString(), "-max-ply", "" + MAX_PLY,
                "-min-game", "" + MIN_GAMES);
        int positions = compareWithDump(polyglot, bin);
        assertThat(positions).isGreaterThan(10_000);
    }

    @Test
    @Timeout(300)
    void our_reader_sees_what_polyglot_dump_book_prints_of_gnu_chess_book() throws Exception {
        Path polyglot = ExternalTool.require("polyglot", "polyglot");
        Path gnuChessBook = ExternalTool.requireFile(Path.of("/usr/share/games/gnuchess/book.bin"), "gnuchess-book");
        int positions = compareWithDump(polyglot, gnuChessBook);
        assertThat(positions).isGreaterThan(50_000);
    }

    /** Compares our explorer with both colours' dumps; returns how many positions were compared. */
    private int compareWithDump(Path polyglot, Path bin) throws Exception {
        OpeningBook book = OpeningBook.of(Files.readAllBytes(bin));
        Map<Long, Printed> printed = new HashMap<>();
        for (String colour : new String[] {"white", "black"}) {
            Path dump = temp.resolve("dump-" + colour + ".txt");
            run(polyglot, "dump-book", "-bin", bin.toString(), "-color", colour, "-out", dump.toString());
            for (String line : Files.readAllLines(dump, StandardCharsets.ISO_8859_1)) readLine(line, printed);
        }
        for (Printed position : printed.values()) {
            BookAnswer ours = book.explore(position.position());
            Map<String, Double> ourShares = new HashMap<>();
            for (BookMove m : ours.moves()) if (m.weight() > 0) ourShares.put(m.uci(), 100 * m.share());
            String fen = position.position().toFen();
            assertThat(ourShares.keySet()).as("book moves of %s", fen).isEqualTo(position.percents().keySet());
            position.percents().forEach((uci, percent) ->
                    assertThat(ourShares.get(uci)).as("%s in %s", uci, fen).isCloseTo(percent, within(0.5 + 1e-9)));
        }
        System.out.printf("Polyglot dump-book of %s: %d positions compared%n", bin.getFileName(), printed.size());
        return printed.size();
    }

    /**
     * A position of the dump (kept with the moves that led to it: its key may count an
     * en-passant file that its FEN cannot show) and the percentages printed there.
     */
    private record Printed(Position position, Map<String, Integer> percents) {}

    /** One dump line: {@code 12: 1. e4{39%} c5 2. Nf3{77%} ... {trans: ...}}; records each move printed with its percentage. */
    private static void readLine(String line, Map<Long, Printed> printed) {
        int colon = line.indexOf(": ");
        if (colon < 0 || !line.substring(0, colon).chars().allMatch(Character::isDigit)) return;
        Position position = Position.start();
        for (String token : line.substring(colon + 2).split(" ")) {
            if (token.isEmpty() || token.matches("\\d+\\.")) continue;
            if (token.startsWith("{")) break; // {trans: ...} or {cycle: ...}
            int brace = token.indexOf('{');
            String san = brace < 0 ? token : token.substring(0, brace);
            int move = San.parse(position, san);
            if (brace >= 0) {
                int percent = Integer.parseInt(token.substring(brace + 1, token.indexOf('%')));
                Position here = position.copy();
                printed.computeIfAbsent(PolyglotKey.of(here), k -> new Printed(here, new HashMap<>()))
                        .percents().put(Uci.format(position, move), percent);
            }
            position.makeMove(move);
        }
    }

    private Path plainCorpus() throws IOException {
        Path pgn = temp.resolve("corpus.pgn");
        try (var in = new GZIPInputStream(Files.newInputStream(ProjectBook.corpusFile()))) {
            Files.copy(in, pgn);
        }
        return pgn;
    }

    private static PgnReader corpus() throws IOException {
        return new PgnReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ProjectBook.corpusFile())), StandardCharsets.UTF_8));
    }

    private static List<BookEntry> entriesOf(OpeningBook book) {
        List<BookEntry> entries = new ArrayList<>();
        for (int i = 0; i < book.size(); i++) entries.add(book.entry(i));
        return entries;
    }

    private static List<BookEntry> sorted(List<BookEntry> entries) {
        List<BookEntry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing(BookEntry::key, Long::compareUnsigned).thenComparingInt(BookEntry::move));
        return copy;
    }

    private void run(Path polyglot, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(polyglot.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("polyglot.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("polyglot " + String.join(" ", args) + " did not finish in 120 s");
        }
        assertThat(process.exitValue()).as("polyglot %s: %s", String.join(" ", args), Files.readString(temp.resolve("polyglot.log"))).isZero();
    }
}
