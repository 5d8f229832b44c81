package org.rookery.adapters.uci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.adapters.uci.EnginePoolListener.Outcome;
import org.rookery.domain.chess.Position;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineTimeoutException;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;
import org.rookery.ports.out.engine.TierQueueFullException;

/**
 * Queues, priorities and budgets, on the fake engine in its obedient mode: {@code go depth 1}
 * answers at once, any other search holds its engine until it is stopped before its deadline.
 */
@Timeout(60)
class EnginePoolTiersTest {
    private static final SearchLimits INSTANT = SearchLimits.depth(1);
    private static final SearchLimits HOLDS_THE_ENGINE = SearchLimits.movetime(60_000);
    private final List<SlaTier> startOrder = new CopyOnWriteArrayList<>();
    private final EnginePoolCounters counters = new EnginePoolCounters();
    private final EnginePoolListener recorder = new EnginePoolListener() {
        @Override
        public void queued(SlaTier tier, int queueLength) {
            counters.queued(tier, queueLength);
        }

        @Override
        public void rejected(SlaTier tier) {
            counters.rejected(tier);
        }

        @Override
        public void started(SlaTier tier, Duration waited) {
            startOrder.add(tier);
            counters.started(tier, waited);
        }

        @Override
        public void finished(SlaTier tier, Outcome outcome, Duration took) {
            counters.finished(tier, outcome, took);
        }
    };
    private UciPositionAnalyst pool;

    @AfterEach
    void close_the_pool() {
        if (pool != null) pool.close();
    }

    @Test
    void critical_requests_are_served_before_the_others_that_waited_longer() throws Exception {
        pool = start(1, 1);
        CompletableFuture<Analysis> holding = async(request(SlaTier.NORMAL, HOLDS_THE_ENGINE, Duration.ofSeconds(4)));
        Eventually.await(Duration.ofSeconds(10), () -> startOrder.size() == 1, "the engine to be held");
        CompletableFuture<Analysis> low = async(request(SlaTier.LOW, INSTANT, Duration.ofSeconds(20)));
        Eventually.await(Duration.ofSeconds(10), () -> pool.queueLength(SlaTier.LOW) == 1, "the low request to queue");
        CompletableFuture<Analysis> critical = async(request(SlaTier.CRITICAL, INSTANT, Duration.ofSeconds(20)));
        Eventually.await(Duration.ofSeconds(10), () -> pool.queueLength(SlaTier.CRITICAL) == 1, "the critical request to queue");
        for (CompletableFuture<Analysis> answer : List.of(holding, low, critical)) assertThat(answer.get(20, TimeUnit.SECONDS).bestMove()).isEqualTo("e2e4");
        assertThat(startOrder).containsExactly(SlaTier.NORMAL, SlaTier.CRITICAL, SlaTier.LOW);
    }

    @Test
    void low_work_never_takes_the_engine_kept_for_the_tiers_above() throws Exception {
        pool = start(2, 1);
        CompletableFuture<Analysis> holding = async(request(SlaTier.LOW, HOLDS_THE_ENGINE, Duration.ofSeconds(20)));
        Eventually.await(Duration.ofSeconds(10), () -> startOrder.size() == 1, "the low search to start");
        CompletableFuture<Analysis> waitingLow = async(request(SlaTier.LOW, INSTANT, Duration.ofSeconds(20)));
        Eventually.await(Duration.ofSeconds(10), () -> pool.queueLength(SlaTier.LOW) == 1, "the second low request to queue");
        Analysis critical = pool.analyze(request(SlaTier.CRITICAL, INSTANT, Duration.ofSeconds(10)));
        assertThat(critical.bestMove()).isEqualTo("e2e4");
        assertThat(pool.queueLength(SlaTier.LOW)).as("the second low request still waits for the low engine").isEqualTo(1);
        assertThat(holding).isNotDone();
        pool.close();
        assertThat(waitingLow).isCompletedExceptionally();
    }

    @Test
    void a_full_queue_refuses_at_once_while_other_tiers_still_queue() throws Exception {
        pool = start(1, 1);
        CompletableFuture<Analysis> holding = async(request(SlaTier.NORMAL, HOLDS_THE_ENGINE, Duration.ofSeconds(4)));
        Eventually.await(Duration.ofSeconds(10), () -> startOrder.size() == 1, "the engine to be held");
        CompletableFuture<Analysis> queued = async(request(SlaTier.LOW, INSTANT, Duration.ofSeconds(20)));
        Eventually.await(Duration.ofSeconds(10), () -> pool.queueLength(SlaTier.LOW) == 1, "the low queue to fill");
        assertThatThrownBy(() -> pool.analyze(request(SlaTier.LOW, INSTANT, Duration.ofSeconds(20))))
                .isInstanceOf(TierQueueFullException.class)
                .hasMessage("the low engine queue is full (1 waiting)");
        assertThat(counters.rejectedCount(SlaTier.LOW)).isEqualTo(1);
        CompletableFuture<Analysis> critical = async(request(SlaTier.CRITICAL, INSTANT, Duration.ofSeconds(20)));
        assertThat(critical.get(20, TimeUnit.SECONDS).bestMove()).isEqualTo("e2e4");
        assertThat(queued.get(20, TimeUnit.SECONDS).bestMove()).isEqualTo("e2e4");
        assertThat(holding.get(20, TimeUnit.SECONDS).bestMove()).isEqualTo("e2e4");
    }

    @Test
    void a_request_that_waits_past_its_timeout_in_the_queue_gets_a_timeout_and_is_never_searched() throws Exception {
        pool = start(1, 1);
        CompletableFuture<Analysis> holding = async(request(SlaTier.NORMAL, HOLDS_THE_ENGINE, Duration.ofSeconds(3)));
        Eventually.await(Duration.ofSeconds(10), () -> startOrder.size() == 1, "the engine to be held");
        assertThatThrownBy(() -> pool.analyze(request(SlaTier.CRITICAL, INSTANT, Duration.ofMillis(300))))
                .isInstanceOf(EngineTimeoutException.class)
                .hasMessageContaining("no engine was free");
        assertThat(counters.finishedCount(SlaTier.CRITICAL, Outcome.EXPIRED_IN_QUEUE)).isEqualTo(1);
        assertThat(pool.queueLength(SlaTier.CRITICAL)).isZero();
        holding.get(20, TimeUnit.SECONDS);
        assertThat(startOrder).containsExactly(SlaTier.NORMAL);
    }

    @Test
    void the_tier_budget_caps_a_longer_timeout() {
        EnginePoolSettings settings = InstalledEngines.withBudget(InstalledEngines.pool(InstalledEngines.fake("hang"), 1),
                SlaTier.LOW, Duration.ofMillis(500), 4, 1);
        pool = UciPositionAnalyst.start(settings, recorder);
        assertThatThrownBy(() -> pool.analyze(request(SlaTier.LOW, INSTANT, Duration.ofMinutes(5))))
                .isInstanceOfSatisfying(EngineTimeoutException.class, e -> assertThat(e.allowed()).isEqualTo(Duration.ofMillis(500)));
    }

    private UciPositionAnalyst start(int size, int lowEngines) {
        EnginePoolSettings settings = InstalledEngines.withBudget(InstalledEngines.pool(InstalledEngines.fake("obedient"), size),
                SlaTier.LOW, Duration.ofSeconds(30), 1, lowEngines);
        return UciPositionAnalyst.start(settings, recorder);
    }

    private CompletableFuture<Analysis> async(AnalysisRequest request) {
        return CompletableFuture.supplyAsync(() -> pool.analyze(request));
    }

    private static AnalysisRequest request(SlaTier tier, SearchLimits limits, Duration timeout) {
        return AnalysisRequest.of(Position.STANDARD_START, List.of(), limits, tier, timeout);
    }
}
