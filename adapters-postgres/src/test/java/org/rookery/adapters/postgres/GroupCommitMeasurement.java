package org.rookery.adapters.postgres;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.SampleGames;

/**
 * Group commit throughput as a caller sees it: {@code games} games in flight, each appending its
 * events one at a time (as moves arrive), in a closed loop for a while; prints appends per second,
 * acknowledgement latency percentiles and the mean group size. Runs on a database of its own with
 * the server's default durability (synchronous commit on), dropped at the end. Not a test: run it
 * by hand (docs/benchmarks.md has the command). Not thread-safe; one run at a time.
 */
public final class GroupCommitMeasurement {
    private GroupCommitMeasurement() {}

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Duration run = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 10);
        PostgresSettings s = PostgresSettings.DEFAULTS.withUrl("jdbc:postgresql://127.0.0.1:5432/rookery_bench_" + UUID.randomUUID().toString().substring(0, 8))
                .withPoolSize(4);
        try (PostgresStore store = PostgresStore.open(s)) {
            measure(store.eventLog(), games, Duration.ofSeconds(3)); // warm-up
            long commits = store.eventLog().groupCommits(), appends = store.eventLog().appendsCommitted();
            long[] latencies = measure(store.eventLog(), games, run);
            long groups = store.eventLog().groupCommits() - commits, committed = store.eventLog().appendsCommitted() - appends;
            Arrays.sort(latencies);
            System.out.printf("games %d, %d s: %.0f appends/s, ack p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f appends per group commit%n", games,
                    run.toSeconds(), latencies.length / (double) run.toSeconds(), ms(latencies, 0.50), ms(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6, committed / (double) groups);
        } finally {
            DatabaseCreator.drop(s);
        }
    }

    private static long[] measure(PostgresGameEventLog log, int games, Duration run) throws Exception {
        long end = System.nanoTime() + run.toNanos();
        List<Future<long[]>> slots = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < games; i++) {
                slots.add(pool.submit(() -> {
                    long[] mine = new long[1 << 12];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String game = UUID.randomUUID().toString();
                        for (EventEnvelope e : SampleGames.events(game, 10)) {
                            long t0 = System.nanoTime();
                            log.append(game, e.seq() - 1, List.of(e));
                            if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                            mine[n++] = System.nanoTime() - t0;
                        }
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : slots) all.add(f.get());
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
