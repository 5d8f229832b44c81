package org.rookery.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.rookery.domain.matchmaking.Match;
import org.rookery.domain.matchmaking.Matchmaker;
import org.rookery.domain.matchmaking.MatchmakingQueue;

/**
 * One pairing wave ({@link Matchmaker#runWave}) over a full queue: by default 100,000 players in
 * one pool (the worst case: one sort over everyone), from a {@link WaitingRoom}. A wave empties
 * much of its queue, so the queue and the matchmaker's history are rebuilt before every wave,
 * outside the measurement ({@link Level#Invocation} is fine at this scale: a wave takes tens of
 * milliseconds). Rebuilding makes tens of megabytes of young objects per wave, which a real node,
 * whose queue and history live long, never does; so that a young collection copying them does not
 * land in the middle of a measured wave, the rebuild ends with a full collection. Reports the time
 * of one wave, sampled (mean and percentiles), in milliseconds, and prints the CPU time and the
 * bytes the wave itself allocated on its thread. Each JMH thread has its own state, so it is
 * thread-safe as JMH uses it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class PairingWaveBenchmark {
    static final long SEED = 100_000L;

    /** Players waiting when the wave runs. */
    @Param({"100000"})
    public int players;

    /** Pools they are spread over (1 to 4). */
    @Param({"1"})
    public int pools;

    private WaitingRoom room;
    private MatchmakingQueue queue;
    private Matchmaker matchmaker;
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private boolean measuring;
    private long waves, paired, cpuNanos, allocatedBytes; // over the measurement iterations

    @Setup(Level.Trial)
    public void seat() {
        room = new WaitingRoom(players, pools, SEED);
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Setup(Level.Invocation)
    public void fill() {
        matchmaker = room.matchmaker(SEED);
        queue = room.queue(matchmaker.history());
        System.gc(); // the new queue and history leave the young generation before the wave, as long-lived ones would have
    }

    @Benchmark
    public List<Match> wave() {
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long cpuBefore = threads.getCurrentThreadCpuTime(); // about a microsecond each: nothing beside a wave
        List<Match> matches = matchmaker.runWave(queue, WaitingRoom.NOW);
        if (measuring) {
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuBefore;
            allocatedBytes += threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            waves++;
            paired += 2L * matches.size();
        }
        return matches;
    }

    /**
     * Says, in the run's log, how much of the queue a wave pairs (so that a wave pairing nobody
     * cannot pass unnoticed), the CPU time a wave took on its thread, which a shared machine does
     * not inflate the way it inflates the wall time JMH reports, and what the wave allocated (JMH's
     * {@code -prof gc} counts the rebuilding of the queue too).
     */
    @TearDown(Level.Trial)
    public void report() {
        System.out.printf(Locale.ROOT, "pairing: %d measured waves, %.1f %% of %d waiting players paired per wave,"
                + " %.1f ms of CPU and %.1f MB allocated per wave on average%n", waves, 100.0 * paired / waves / room.size(),
                room.size(), cpuNanos / 1e6 / waves, allocatedBytes / 1e6 / waves);
    }
}
