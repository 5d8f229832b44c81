package org.rookery.application.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.InMemoryRateLimiter;
import org.rookery.adapters.memory.ManualTimeSource;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.in.answer.Admission;
import org.rookery.ports.out.RateLimiter.Limit;

/** An action must fit the caller's user budget and its address budget; a refusal says how long to wait. */
class RateLimitServiceTest {
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2025-03-01T12:00:00Z"));
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(time);

    private RateLimitService service(RateLimitPolicy policy) {
        return new RateLimitService(limiter, policy);
    }

    @Test
    void a_user_over_its_budget_is_refused_with_the_wait_until_a_permit_is_back() {
        var service = service(RateLimitPolicy.UNLIMITED.with(LimitedAction.MOVE, true, new Limit(2, Duration.ofSeconds(1))));
        assertThat(service.admit(LimitedAction.MOVE, "alice", "10.0.0.1")).isEqualTo(Admission.ADMITTED);
        assertThat(service.admit(LimitedAction.MOVE, "alice", "10.0.0.2")).isEqualTo(Admission.ADMITTED);
        assertThat(service.admit(LimitedAction.MOVE, "alice", "10.0.0.3")).isEqualTo(new Admission.Refused(Duration.ofSeconds(1)));
        assertThat(service.admit(LimitedAction.MOVE, "bob", "10.0.0.1")).isEqualTo(Admission.ADMITTED);

        time.advance(Duration.ofSeconds(1));
        assertThat(service.admit(LimitedAction.MOVE, "alice", "10.0.0.1")).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void an_address_over_its_budget_is_refused_whoever_the_user() {
        var service = service(RateLimitPolicy.UNLIMITED.with(LimitedAction.GUEST_TOKEN, false, new Limit(1, Duration.ofMinutes(1))));
        assertThat(service.admit(LimitedAction.GUEST_TOKEN, null, "10.0.0.1")).isEqualTo(Admission.ADMITTED);
        assertThat(service.admit(LimitedAction.GUEST_TOKEN, null, "10.0.0.1")).isInstanceOf(Admission.Refused.class);
        assertThat(service.admit(LimitedAction.GUEST_TOKEN, null, "10.0.0.2")).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void a_refusal_by_the_user_budget_spends_nothing_from_the_address_budget() {
        var service = service(RateLimitPolicy.UNLIMITED
                .with(LimitedAction.MOVE, true, new Limit(1, Duration.ofHours(1)))
                .with(LimitedAction.MOVE, false, new Limit(2, Duration.ofHours(1))));
        service.admit(LimitedAction.MOVE, "alice", "10.0.0.1");
        for (int i = 0; i < 5; i++) assertThat(service.admit(LimitedAction.MOVE, "alice", "10.0.0.1")).isInstanceOf(Admission.Refused.class);
        assertThat(service.admit(LimitedAction.MOVE, "bob", "10.0.0.1")).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void an_action_without_a_limit_and_a_caller_without_a_key_are_always_admitted() {
        var service = service(RateLimitPolicy.UNLIMITED.with(LimitedAction.MOVE, true, new Limit(1, Duration.ofHours(1))));
        for (int i = 0; i < 10; i++) {
            assertThat(service.admit(LimitedAction.CREATE_GAME, "alice", "10.0.0.1")).isEqualTo(Admission.ADMITTED);
            assertThat(service.admit(LimitedAction.MOVE, null, "10.0.0.1")).isEqualTo(Admission.ADMITTED);
        }
    }

    @Test
    void policies_parse_from_configuration_text() {
        assertThat(RateLimitPolicy.parse("10/s:20")).isEqualTo(Limit.perSecond(10, 20));
        assertThat(RateLimitPolicy.parse("off")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RateLimitPolicy.parse("10:20")).isInstanceOf(IllegalArgumentException.class);
    }
}
