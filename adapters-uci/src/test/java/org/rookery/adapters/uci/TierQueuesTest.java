package org.rookery.adapters.uci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Position;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;
import org.rookery.ports.out.engine.TierQueueFullException;

class TierQueuesTest {
    private final TierQueues queues = new TierQueues(policies(2, 2, 1));

    @Test
    void the_most_urgent_tier_is_served_first_and_each_tier_in_arrival_order() throws Exception {
        EngineJob low = job(SlaTier.LOW), normal = job(SlaTier.NORMAL), critical1 = job(SlaTier.CRITICAL), critical2 = job(SlaTier.CRITICAL);
        for (EngineJob job : List.of(low, normal, critical1, critical2)) queues.offer(job);
        assertThat(List.of(queues.take(), queues.take(), queues.take())).containsExactly(critical1, critical2, normal);
    }

    @Test
    void a_full_queue_refuses_at_once_and_other_tiers_still_queue() {
        queues.offer(job(SlaTier.LOW));
        queues.offer(job(SlaTier.LOW));
        assertThatThrownBy(() -> queues.offer(job(SlaTier.LOW)))
                .isInstanceOfSatisfying(TierQueueFullException.class, e -> {
                    assertThat(e.tier()).isEqualTo(SlaTier.LOW);
                    assertThat(e.limit()).isEqualTo(2);
                });
        assertThat(queues.offer(job(SlaTier.CRITICAL))).isEqualTo(1);
    }

    @Test
    void a_tier_never_holds_more_engines_than_its_policy_allows() throws Exception {
        EngineJob first = job(SlaTier.LOW), second = job(SlaTier.LOW);
        queues.offer(first);
        queues.offer(second);
        assertThat(queues.take()).isSameAs(first);
        CompletableFuture<EngineJob> next = CompletableFuture.supplyAsync(this::takeQuietly);
        EngineJob critical = job(SlaTier.CRITICAL);
        queues.offer(critical);
        assertThat(next.get(5, TimeUnit.SECONDS)).as("the low job waits; the critical one goes").isSameAs(critical);
        queues.done(first);
        assertThat(queues.take()).isSameAs(second);
    }

    @Test
    void a_withdrawn_job_is_never_served() throws Exception {
        EngineJob gone = job(SlaTier.NORMAL), kept = job(SlaTier.NORMAL);
        queues.offer(gone);
        queues.offer(kept);
        assertThat(queues.withdraw(gone)).isTrue();
        assertThat(queues.length(SlaTier.NORMAL)).isEqualTo(1);
        assertThat(queues.take()).isSameAs(kept);
        assertThat(queues.withdraw(kept)).as("already taken").isFalse();
    }

    @Test
    void closing_hands_back_the_waiting_jobs_wakes_the_engines_and_refuses_new_ones() throws Exception {
        CompletableFuture<EngineJob> waiting = CompletableFuture.supplyAsync(this::takeQuietly);
        EngineJob low = job(SlaTier.LOW);
        TierQueues idle = new TierQueues(policies(2, 2, 1));
        idle.offer(low);
        assertThat(idle.close()).containsExactly(low);
        queues.close();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isNull();
        assertThatThrownBy(() -> queues.offer(job(SlaTier.CRITICAL))).isInstanceOf(EngineUnavailableException.class);
    }

    private EngineJob takeQuietly() {
        try {
            return queues.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EngineJob job(SlaTier tier) {
        AnalysisRequest request = AnalysisRequest.of(Position.STANDARD_START, List.of(), SearchLimits.depth(1), tier, Duration.ofSeconds(1));
        return new EngineJob(request, request.timeout(), System.nanoTime());
    }

    private static Map<SlaTier, TierPolicy> policies(int queueLimit, int engines, int lowEngines) {
        Map<SlaTier, TierPolicy> policies = new EnumMap<>(SlaTier.class);
        policies.put(SlaTier.CRITICAL, new TierPolicy(Duration.ofSeconds(20), queueLimit, engines));
        policies.put(SlaTier.NORMAL, new TierPolicy(Duration.ofSeconds(10), queueLimit, engines));
        policies.put(SlaTier.LOW, new TierPolicy(Duration.ofSeconds(60), queueLimit, lowEngines));
        return policies;
    }
}
