package org.rookery.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rookery.domain.chess.Perft;
import org.rookery.domain.chess.Position;

/**
 * Perft (leaf count of the legal move tree, bulk-counted at the last ply, no transposition
 * table) from the start position and Kiwipete. JMH reports the secondary metric
 * {@code perft:nodes} directly in nodes per second; the primary score is whole perft calls per
 * second. Each JMH thread has its own state, so it is thread-safe as JMH uses it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PerftBenchmark {
    /** Position and depth, as {@code name-depth}. */
    @Param({"start-5", "start-6", "kiwipete-4", "kiwipete-5"})
    public String target;

    private Position position;
    private int depth;

    /** Leaf nodes counted during the current iteration; JMH divides them by its time. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Nodes {
        public long nodes;

        @Setup(Level.Iteration)
        public void reset() {
            nodes = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        int dash = target.lastIndexOf('-');
        position = Position.fromFen(BenchmarkPositions.fen(target.substring(0, dash)));
        depth = Integer.parseInt(target.substring(dash + 1));
    }

    @Benchmark
    public long perft(Nodes counter) {
        long leaves = Perft.count(position, depth);
        counter.nodes += leaves;
        return leaves;
    }
}
