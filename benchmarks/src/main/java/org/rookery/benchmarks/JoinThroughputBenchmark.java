package org.rookery.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.rookery.domain.matchmaking.JoinOutcome;
import org.rookery.domain.matchmaking.MatchmakingQueue;
import org.rookery.domain.matchmaking.PlayerId;

/**
 * Sustained joins into a busy queue ({@link MatchmakingQueue#join}): the queue holds 90,000
 * waiting players over four pools (a {@link WaitingRoom}), and each invocation lets the next
 * {@value #BATCH} arriving players join, one every {@value #ARRIVAL_MICROS} µs of (simulated)
 * time, i.e. 10,000 arrivals per second, so that the join-rate memory holds the last ten seconds'
 * arrivals, as in production. Between invocations, outside the measurement, the batch leaves
 * again (as a wave would take them), so the queue stays at the same size run after run; arriving
 * ids come back only after twenty simulated seconds, past the join interval. Every join must be
 * accepted. Scores are joins per second. Each JMH thread has its own state, so it is thread-safe
 * as JMH uses it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class JoinThroughputBenchmark {
    static final int WAITING = 90_000;
    static final int BATCH = 10_000;
    static final int ARRIVAL_MICROS = 100;
    private static final int ARRIVING = 200_000; // 20 s of arrivals: an id rejoins only after the 10 s interval
    private static final Duration BETWEEN_ARRIVALS = Duration.ofNanos(ARRIVAL_MICROS * 1_000L);

    private MatchmakingQueue queue;
    private WaitingRoom arrivals;
    private PlayerId[] ids;
    private int next;
    private Instant clock;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private boolean measuring;
    private long measuredJoins, cpuNanos; // over the measurement iterations

    @Setup(Level.Trial)
    public void fill() {
        WaitingRoom waiting = new WaitingRoom(WAITING, WaitingRoom.POOLS.size(), PairingWaveBenchmark.SEED);
        queue = waiting.queue(waiting.matchmaker(PairingWaveBenchmark.SEED).history());
        arrivals = new WaitingRoom(ARRIVING, WaitingRoom.POOLS.size(), PairingWaveBenchmark.SEED + 1);
        ids = new PlayerId[ARRIVING];
        for (int i = 0; i < ARRIVING; i++) ids[i] = new PlayerId("arriving-" + i);
        clock = WaitingRoom.NOW;
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int join() {
        long cpuBefore = threads.getCurrentThreadCpuTime(); // about a microsecond per batch of 10,000 joins
        int joined = 0;
        for (int i = 0; i < BATCH; i++) {
            int k = next + i;
            clock = clock.plus(BETWEEN_ARRIVALS);
            JoinOutcome outcome = queue.join(ids[k], arrivals.pool(k), arrivals.rating(k), clock);
            if (!(outcome instanceof JoinOutcome.Joined)) throw new IllegalStateException(ids[k] + ": " + outcome);
            joined++;
        }
        if (measuring) {
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuBefore;
            measuredJoins += joined;
        }
        return joined;
    }

    /** The batch leaves again, so every invocation joins into a queue of the same size. */
    @TearDown(Level.Invocation)
    public void leave() {
        for (int i = 0; i < BATCH; i++) queue.leave(ids[next + i]);
        next = (next + BATCH) % ARRIVING;
    }

    /** The CPU time of the joins on their thread, which a shared machine does not inflate the way it inflates wall time. */
    @TearDown(Level.Trial)
    public void report() {
        System.out.printf(Locale.ROOT, "joins: %d measured joins, %.0f joins per CPU-second%n", measuredJoins, measuredJoins / (cpuNanos / 1e9));
    }
}
