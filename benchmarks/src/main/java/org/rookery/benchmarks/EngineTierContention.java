package org.rookery.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.rookery.adapters.uci.EngineCommand;
import org.rookery.adapters.uci.EnginePoolCounters;
import org.rookery.adapters.uci.EnginePoolListener;
import org.rookery.adapters.uci.EnginePoolSettings;
import org.rookery.adapters.uci.TierPolicy;
import org.rookery.adapters.uci.UciPositionAnalyst;
import org.rookery.domain.chess.Position;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineException;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;
import org.rookery.ports.out.engine.TierQueueFullException;

/**
 * Whether background (low-tier) searches delay critical ones on a pool of {@code engines} Stockfish
 * processes. One caller plays a bot: a critical search of {@code criticalMs}, then a pause as long
 * (the opponent's turn), {@code criticals} times. Meanwhile {@code lowCallers} callers keep the low
 * tier busy with {@code lowMs} searches (backing off 50 ms when its queue is full). Three runs:
 * critical alone; with the low load and the default policy (low work never takes the last engine);
 * with the low load allowed every engine. Prints a markdown table. Usage:
 * {@code EngineTierContention [criticals=40] [criticalMs=100] [lowCallers=4] [lowMs=400] [engines=2] [engine=stockfish]}.
 */
public final class EngineTierContention {
    private EngineTierContention() {}

    public static void main(String[] args) throws Exception {
        int criticals = intArg(args, 0, 40), criticalMs = intArg(args, 1, 100), lowCallers = intArg(args, 2, 4), lowMs = intArg(args, 3, 400);
        int engines = intArg(args, 4, 2);
        String name = args.length > 5 ? args[5] : "stockfish";
        EngineCommand engine = EngineCommand.locate(name).orElseThrow(() -> new IllegalStateException(name + " is not installed"));
        System.out.printf("%d critical searches of %d ms (each followed by as long a pause), %d low callers searching %d ms each, %d %s processes%n%n",
                criticals, criticalMs, lowCallers, lowMs, engines, name);
        System.out.println("| run | critical p50 | critical p99 | critical max | critical wait, mean | critical wait, max | low searches/s | low refused (queue full) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        EnginePoolSettings reserved = EnginePoolSettings.defaults(engine, engines);
        run("critical alone", reserved, criticals, criticalMs, 0, lowMs);
        run("with low load, low kept off the last engine (default)", reserved, criticals, criticalMs, lowCallers, lowMs);
        EnginePoolSettings shared = reserved.withTier(SlaTier.LOW, new TierPolicy(reserved.tier(SlaTier.LOW).budget(), reserved.tier(SlaTier.LOW).queueLimit(), engines));
        run("with low load, low allowed every engine", shared, criticals, criticalMs, lowCallers, lowMs);
    }

    private static void run(String label, EnginePoolSettings settings, int criticals, int criticalMs, int lowCallers, int lowMs) throws Exception {
        EnginePoolCounters counters = new EnginePoolCounters();
        AtomicBoolean measuring = new AtomicBoolean();
        EnginePoolListener afterWarmUp = new EnginePoolListener() { // the engines' start-up is not the tiers' doing
            @Override
            public void started(SlaTier tier, Duration waited) {
                if (measuring.get()) counters.started(tier, waited);
            }

            @Override
            public void rejected(SlaTier tier) {
                if (measuring.get()) counters.rejected(tier);
            }
        };
        Latencies critical = new Latencies();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong lowDone = new AtomicLong();
        try (UciPositionAnalyst pool = UciPositionAnalyst.start(settings, afterWarmUp); ExecutorService low = Executors.newFixedThreadPool(Math.max(1, lowCallers))) {
            pool.analyze(request(SlaTier.CRITICAL, List.of(), 50)); // the engines are up
            pool.analyze(request(SlaTier.CRITICAL, List.of("d2d4"), 50));
            measuring.set(true);
            List<String> line = List.of("e2e4", "e7e5", "g1f3", "b8c6", "f1b5", "a7a6");
            for (int c = 0; c < lowCallers; c++) {
                low.submit(() -> {
                    while (!stop.get()) {
                        try {
                            pool.analyze(request(SlaTier.LOW, line, lowMs));
                            lowDone.incrementAndGet();
                        } catch (TierQueueFullException full) {
                            LockSupport.parkNanos(50_000_000);
                        } catch (EngineException e) {
                            if (!stop.get()) throw e;
                        }
                    }
                });
            }
            long started = System.nanoTime();
            for (int i = 0; i < criticals; i++) {
                long asked = System.nanoTime();
                pool.analyze(request(SlaTier.CRITICAL, line.subList(0, i % line.size()), criticalMs));
                critical.add(System.nanoTime() - asked);
                LockSupport.parkNanos(criticalMs * 1_000_000L); // the opponent's turn
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            stop.set(true);
            long waits = counters.startedCount(SlaTier.CRITICAL);
            System.out.printf("| %s | %.0f ms | %.0f ms | %.0f ms | %.1f ms | %.0f ms | %.1f | %d |%n", label, critical.percentileMs(50), critical.percentileMs(99),
                    critical.percentileMs(100), counters.totalWait(SlaTier.CRITICAL).toNanos() / 1e6 / Math.max(1, waits),
                    counters.longestWait(SlaTier.CRITICAL).toNanos() / 1e6, lowDone.get() / seconds, counters.rejectedCount(SlaTier.LOW));
            pool.close(); // fails the low callers still waiting, so the executor can end
        }
    }

    private static AnalysisRequest request(SlaTier tier, List<String> moves, long movetimeMs) {
        return AnalysisRequest.of(Position.STANDARD_START, moves, SearchLimits.movetime(movetimeMs), tier, Duration.ofSeconds(20));
    }

    private static int intArg(String[] args, int at, int fallback) {
        return args.length > at ? Integer.parseInt(args[at]) : fallback;
    }
}
