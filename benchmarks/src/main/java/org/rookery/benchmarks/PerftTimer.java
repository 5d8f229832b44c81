package org.rookery.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.rookery.domain.chess.Perft;
import org.rookery.domain.chess.Position;

/**
 * A perft server on standard input and output, so that a script can time our perft and
 * Stockfish's {@code go perft} turn by turn in the same minute: it warms the JIT up, prints
 * {@code ready}, then answers each line {@code <depth> <fen>} with the leaf count. The caller
 * times the round trip, as it does for Stockfish. Single-threaded; not meant to be shared.
 */
public final class PerftTimer {
    private PerftTimer() {}

    public static void main(String[] args) throws IOException {
        long sink = 0;
        for (int i = 0; i < 5; i++) { // compiled code, not the interpreter, is what we time
            sink += Perft.count(Position.fromFen(BenchmarkPositions.START), 5);
            sink += Perft.count(Position.fromFen(BenchmarkPositions.KIWIPETE), 4);
        }
        System.out.println("ready " + sink);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
            int space = line.indexOf(' ');
            int depth = Integer.parseInt(line.substring(0, space));
            System.out.println(Perft.count(Position.fromFen(line.substring(space + 1)), depth));
        }
    }
}
