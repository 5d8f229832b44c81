package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReconnectPlanTest {
    final ReconnectPlan plan = new ReconnectPlan(Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)), 3, new SplittableRandom(1));

    TransportKind failNext() {
        TransportKind kind = plan.next();
        plan.failed(kind);
        return kind;
    }

    @Test
    void waits_longer_after_each_failure_and_the_base_after_losing_an_open_connection() {
        assertThat(failNext()).isEqualTo(TransportKind.WEBSOCKET);
        assertThat(plan.delay()).isEqualTo(Duration.ofSeconds(1));
        failNext();
        assertThat(plan.delay()).isEqualTo(Duration.ofSeconds(2));
        plan.opened(plan.next());
        plan.lost();
        assertThat(plan.delay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void falls_back_to_sse_after_three_websocket_failures_then_alternates_with_one_websocket_try() {
        assertThat(failNext()).isEqualTo(TransportKind.WEBSOCKET);
        assertThat(failNext()).isEqualTo(TransportKind.WEBSOCKET);
        assertThat(failNext()).isEqualTo(TransportKind.WEBSOCKET);
        TransportKind sse = plan.next();
        assertThat(sse).isEqualTo(TransportKind.SSE);
        plan.opened(sse);
        plan.lost();
        assertThat(failNext()).as("one WebSocket try after SSE").isEqualTo(TransportKind.WEBSOCKET);
        assertThat(plan.next()).isEqualTo(TransportKind.SSE);
    }

    @Test
    void a_websocket_that_opens_again_ends_the_fallback() {
        failNext();
        failNext();
        failNext();
        assertThat(plan.next()).isEqualTo(TransportKind.SSE);
        plan.failed(TransportKind.SSE);
        TransportKind probe = plan.next();
        assertThat(probe).isEqualTo(TransportKind.WEBSOCKET);
        plan.opened(probe);
        plan.lost();
        assertThat(plan.next()).isEqualTo(TransportKind.WEBSOCKET);
        assertThat(plan.next()).isEqualTo(TransportKind.WEBSOCKET);
    }
}
