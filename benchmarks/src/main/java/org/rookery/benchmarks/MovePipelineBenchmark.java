package org.rookery.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.rookery.ports.in.PlayMoveUseCase;

/**
 * The in-process move pipeline under load: many games in flight on one node wired on in-memory
 * adapters ({@link InMemoryLiveGameNode}), every JMH thread playing its own share of them
 * ({@link GamesInFlight}). One operation is one {@link PlayMoveUseCase#move} call from the right
 * player with the right move id and ply: lock, validate, apply, append to the event log, outbox,
 * broadcast to two watchers, snapshot when due, flag timer, answer. The operation whose move ends
 * a game also pays for the resignation (when the recording ran out) and for starting the next
 * game in that slot (create, join, two watches): about one operation in 80, counted as
 * {@code games} per second. Thread-safe as JMH uses it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2) // the rate climbs for 15-20 s: a large code path to compile while both cores play
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(2)
public class MovePipelineBenchmark {

    /** The node all threads play on. */
    @State(Scope.Benchmark)
    public static class Node {
        /** How game and event ids are made: {@code random} (UUIDs, as a runtime does) or {@code sequential}. */
        @Param({"random"})
        public String ids;

        InMemoryLiveGameNode node;
        final List<GamesInFlight> clients = new CopyOnWriteArrayList<>();
        private final ProcessCpu cpu = new ProcessCpu();
        private long movesBefore;

        @Setup(Level.Trial)
        public void start() {
            node = new InMemoryLiveGameNode(ids, MoveValidationBenchmark.SEED);
        }

        @Setup(Level.Iteration)
        public void mark() {
            movesBefore = moves();
            cpu.mark();
        }

        /**
         * Prints, in the run's log, what the iteration cost in CPU time of the whole process (the
         * players, the relay, the timers, GC and JIT), which a shared machine does not inflate the
         * way it inflates wall time; and that finished games leave memory and the relay keeps up.
         */
        @TearDown(Level.Iteration)
        public void report() {
            System.out.println(cpu.report(moves() - movesBefore, "moves"));
            long watched = 0;
            for (GamesInFlight client : clients) watched += client.eventsWatched();
            System.out.println("node holds: " + node.holdings() + ", watchers received " + watched + " events so far");
        }

        private long moves() {
            long sum = 0;
            for (GamesInFlight client : clients) sum += client.movesPlayed();
            return sum;
        }

        /** Shows that memory stayed bounded: what is still reachable after a full collection at the end of the run. */
        @TearDown(Level.Trial)
        public void stop() {
            node.close();
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "heap: %.0f MB in use after a full GC at the end of the run, %d games in flight, %d moves played%n",
                    used / 1e6, node.cache.size(), moves());
        }
    }

    /** One thread's games. */
    @State(Scope.Thread)
    public static class Client {
        /** Games each thread keeps in flight. */
        @Param({"1000"})
        public int gamesPerThread;

        GamesInFlight games;

        @Setup(Level.Trial)
        public void start(Node node, ThreadParams thread) {
            games = new GamesInFlight(node.node, RecordedGames.build(MoveValidationBenchmark.RANDOM_GAMES,
                    MoveValidationBenchmark.SEED), gamesPerThread, "client" + thread.getThreadIndex());
            node.clients.add(games);
        }
    }

    /** Games finished (and replaced) per second, beside the moves. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Turnover {
        public long games;

        @Setup(Level.Iteration)
        public void reset() {
            games = 0;
        }
    }

    @Benchmark
    public boolean move(Client client, Turnover turnover) {
        boolean ended = client.games.playNextMove();
        if (ended) turnover.games++;
        return ended;
    }
}
