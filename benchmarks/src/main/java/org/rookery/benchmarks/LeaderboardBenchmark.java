package org.rookery.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;
import org.rookery.adapters.memory.InMemoryLeaderboardStore;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryRatingStore;
import org.rookery.adapters.memory.ManualScheduler;
import org.rookery.adapters.memory.SystemTimeSource;
import org.rookery.application.rating.RatingPorts;
import org.rookery.application.rating.RatingServices;
import org.rookery.application.rating.RatingSettings;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.ports.in.LeaderboardPage;
import org.rookery.ports.in.LeaderboardQuery;
import org.rookery.ports.in.PlayerRatings;
import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.ports.out.LeaderboardEntry;

/**
 * The materialized leaderboard with one million rated players in a pool ({@link RatedCrowd}):
 * the in-memory {@link InMemoryLeaderboardStore} (an order-statistic treap) on its own, and the
 * rating service's query and result paths over it and an {@link InMemoryRatingStore}, as the
 * routes {@code GET /v1/ratings/{userId}} and {@code GET /v1/leaderboards/{pool}} and the
 * {@code GameEnded} consumer call them. Every operation picks a player at random over the whole
 * crowd, so it meets a tree whose paths have left the CPU caches. Sampled: JMH reports
 * percentiles, in microseconds. One thread; each JMH thread would share the stores, which are
 * thread-safe.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class LeaderboardBenchmark {
    static final long SEED = 1_000_000L;
    private static final TimeControl BLITZ_3_2 = new TimeControl(180_000, 2_000);

    /** Rated players on the board. */
    @Param({"1000000"})
    public int players;

    /** Where the deep page starts (0-based), in the middle of the board by default. */
    @Param({"500000"})
    public long deepOffset;

    private RatedCrowd crowd;
    private InMemoryLeaderboardStore board;
    private InMemoryRatingStore ratings;
    private RatingServices services;
    private SplittableRandom random;
    private double[] shown;    // the rating each player is shown at, as updates move them
    private long[] versions;   // the version of each player's last placement
    private long games;

    @Setup(Level.Trial)
    public void fill() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        crowd = new RatedCrowd(players, SEED);
        long before = heapAfterCollection(memory);
        long started = System.nanoTime();
        ratings = new InMemoryRatingStore();
        crowd.fill(ratings);
        long ratingsFilled = System.nanoTime();
        long withRatings = heapAfterCollection(memory);
        long boardStarted = System.nanoTime();
        board = new InMemoryLeaderboardStore();
        crowd.fill(board);
        long boardFilled = System.nanoTime();
        long withBoard = heapAfterCollection(memory);
        services = RatingServices.wire(new RatingPorts(ratings, board, new InMemoryGameEventLog(), new SystemTimeSource(),
                new ManualScheduler()), RatingSettings.defaults(RatedCrowd.NOW));
        random = new SplittableRandom(SEED);
        shown = new double[players];
        versions = new long[players];
        for (int i = 0; i < players; i++) {
            shown[i] = crowd.rating(i);
            versions[i] = 1;
        }
        if (board.size(RatedCrowd.POOL) != players) throw new IllegalStateException("the board holds " + board.size(RatedCrowd.POOL));
        System.out.printf(Locale.ROOT, "%nleaderboard: %d players; rating store filled in %.1f s (%.0f B per player),"
                        + " board filled in %.1f s (%.0f B per player; ids not counted, the stores share them)%n", players,
                (ratingsFilled - started) / 1e9, (double) (withRatings - before) / players, (boardFilled - boardStarted) / 1e9,
                (double) (withBoard - withRatings) / players);
    }

    private static long heapAfterCollection(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private int anyPlayer() {
        return random.nextInt(players);
    }

    /** A player's 1-based rank (the store alone). */
    @Benchmark
    public OptionalLong rank() {
        return board.rankOf(RatedCrowd.POOL, crowd.id(anyPlayer()));
    }

    /** The first page of 50 (the store alone). */
    @Benchmark
    public List<LeaderboardEntry> topPage() {
        return board.page(RatedCrowd.POOL, 0, 50);
    }

    /** A page of 50 from {@link #deepOffset} (the store alone). */
    @Benchmark
    public List<LeaderboardEntry> deepPage() {
        return board.page(RatedCrowd.POOL, deepOffset, 50);
    }

    /** A player's rating moves by up to 16 points and the board re-positions them (the store alone). */
    @Benchmark
    public int update() {
        int player = anyPlayer();
        shown[player] += random.nextDouble(-16, 16);
        board.place(RatedCrowd.POOL, crowd.id(player), shown[player], ++versions[player]);
        return player;
    }

    /** {@code GET /v1/ratings/{userId}}: the player's standing in each pool, with RD as of now and rank. */
    @Benchmark
    public PlayerRatings ratingsOfPlayer() {
        return services.queries().ratingsOf(crowd.id(anyPlayer()));
    }

    /** {@code GET /v1/leaderboards/{pool}}, first page of 50. */
    @Benchmark
    public LeaderboardPage leaderboardTop() {
        return services.queries().leaderboard(new LeaderboardQuery(RatedCrowd.POOL, 0, 50));
    }

    /** {@code GET /v1/leaderboards/{pool}?offset=…}, a page of 50 from {@link #deepOffset}. */
    @Benchmark
    public LeaderboardPage leaderboardDeep() {
        return services.queries().leaderboard(new LeaderboardQuery(RatedCrowd.POOL, deepOffset, 50));
    }

    /**
     * A rated game between two random players ends: the whole update as the rating service makes it
     * on a {@code GameEnded} event (exactly-once check, both ratings read, Glicko-2 for both, both
     * written with the result's key, both re-placed on the board).
     */
    @Benchmark
    public ResultRecording recordResult() {
        int white = anyPlayer();
        int black = (white + 1 + random.nextInt(players - 1)) % players;
        long game = ++games;
        GameResult result = GameResult.values()[random.nextInt(3)];
        GameEnded ended = new GameEnded(result, result == GameResult.DRAW ? EndReason.AGREEMENT : EndReason.RESIGNATION,
                crowd.id(white), crowd.id(black), true, BLITZ_3_2, "*", crowd.id(white), 1_000, 1_000);
        EventEnvelope event = EventEnvelope.of("ev-" + game, "g-" + game, 40, RatedCrowd.NOW.plus(Duration.ofSeconds(game)),
                "bench", ended);
        ResultRecording recorded = services.results().record(event);
        if (!(recorded instanceof ResultRecording.Applied)) throw new IllegalStateException("not applied: " + recorded);
        return recorded;
    }
}
