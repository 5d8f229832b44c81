package org.rookery.runtime.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.rookery.domain.chess.Perft;
import org.rookery.domain.chess.Position;

/**
 * {@code perft <depth> [--fen FEN] [--divide]}: counts the leaves of the legal move tree, like
 * Stockfish's {@code go perft}; with {@code --divide}, one {@code <uci>: <count>} line per root move
 * (sorted by move), a blank line, then the total. Time and speed go to stderr. Thread-safe if the
 * clock is.
 */
final class PerftCommand implements Command {
    /** Far beyond what finishes in a lifetime; bounds the buffers perft allocates per ply. */
    static final int MAX_DEPTH = 20;
    private final LongSupplier nanoClock;

    PerftCommand(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public String usage() {
        return "perft <depth> [--fen FEN] [--divide]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a = Arguments.parse(args, Set.of("--fen"), Set.of("--divide"));
        if (a.positionals().isEmpty()) throw new UsageException("missing depth");
        if (a.positionals().size() > 1) throw new UsageException("unexpected argument '" + a.positionals().get(1) + "'");
        int depth = depth(a.positionals().getFirst());
        boolean divide = a.has("--divide");
        if (divide && depth == 0) throw new UsageException("--divide needs a depth of at least 1");
        Position position = Position.fromFen(a.value("--fen", Position.STANDARD_START));

        long started = nanoClock.getAsLong();
        long nodes;
        if (divide) {
            List<Perft.Division> divisions = Perft.divide(position, depth).stream()
                    .sorted(Comparator.comparing(Perft.Division::uci))
                    .toList();
            divisions.forEach(d -> out.println(d.uci() + ": " + d.nodes()));
            out.println();
            nodes = divisions.stream().mapToLong(Perft.Division::nodes).sum();
        } else {
            nodes = Perft.count(position, depth);
        }
        long nanos = Math.max(1, nanoClock.getAsLong() - started);
        out.println("Nodes searched: " + nodes);
        err.printf("time: %d ms, %d nodes/s%n", nanos / 1_000_000, (long) (nodes * 1e9 / nanos));
        return OK;
    }

    private static int depth(String text) {
        if (!text.matches("-?\\d{1,9}")) throw new UsageException("depth must be a whole number, found '" + text + "'");
        int depth = Integer.parseInt(text);
        if (depth < 0) throw new UsageException("depth must not be negative, found " + depth);
        if (depth > MAX_DEPTH) throw new UsageException("depth must be at most " + MAX_DEPTH + ", found " + depth);
        return depth;
    }
}
