package org.rookery.runtime.observability;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Circuit breakers on {@code /metrics}: {@code rookery_circuit_breaker_state} (1 for the current
 * state, by breaker and state), {@code rookery_circuit_breaker_failure_rate} and
 * {@code rookery_circuit_breaker_transitions_total} (by breaker, from and to). A Resilience4j
 * breaker the runtime holds is {@linkplain #watch watched}; one inside a component that only
 * reports its transitions (the bots') is followed by them ({@link #transition}). Breaker names come
 * from the code and states from closed sets, so the labels are bounded. Thread-safe; one instance
 * per registry.
 */
public final class CircuitBreakerMetrics {
    /** The states of a breaker known by its transitions. */
    static final List<String> REPORTED_STATES = List.of("closed", "open", "half_open", "other");
    private final Map<String, CircuitBreaker> watched = new ConcurrentHashMap<>();
    private final Map<String, String> reported = new ConcurrentHashMap<>();
    private final Counter transitions;

    public CircuitBreakerMetrics(PrometheusRegistry registry) {
        GaugeWithCallback.builder().name("rookery_circuit_breaker_state").help("1 for the current state of each circuit breaker")
                .labelNames("breaker", "state").callback(cb -> {
                    watched.forEach((name, breaker) -> {
                        CircuitBreaker.State current = breaker.getState();
                        for (CircuitBreaker.State state : CircuitBreaker.State.values()) cb.call(state == current ? 1 : 0, name, label(state));
                    });
                    reported.forEach((name, current) -> {
                        for (String state : REPORTED_STATES) cb.call(state.equals(current) ? 1 : 0, name, state);
                    });
                }).register(registry);
        GaugeWithCallback.builder().name("rookery_circuit_breaker_failure_rate")
                .help("failure rate (percent) in each watched breaker's window, -1 below its minimum calls").labelNames("breaker")
                .callback(cb -> watched.forEach((name, breaker) -> cb.call(breaker.getMetrics().getFailureRate(), name))).register(registry);
        transitions = Counter.builder().withoutExemplars().name("rookery_circuit_breaker_transitions_total").help("circuit breaker state transitions")
                .labelNames("breaker", "from", "to").register(registry);
    }

    /** Watches {@code breaker} under its own name from now on. */
    public void watch(CircuitBreaker breaker) {
        String name = breaker.getName();
        if (watched.putIfAbsent(name, breaker) != null) throw new IllegalArgumentException("breaker " + name + " is watched already");
        // the usual transitions exist from the start, at zero, so increase() sees the first one
        for (CircuitBreaker.StateTransition t : new CircuitBreaker.StateTransition[] {CircuitBreaker.StateTransition.CLOSED_TO_OPEN,
                CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN, CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED,
                CircuitBreaker.StateTransition.HALF_OPEN_TO_OPEN}) {
            transitions.labelValues(name, label(t.getFromState()), label(t.getToState()));
        }
        breaker.getEventPublisher().onStateTransition(e ->
                transitions.labelValues(name, label(e.getStateTransition().getFromState()), label(e.getStateTransition().getToState())).inc());
    }

    /** A breaker that only reports its transitions moved {@code from} one of {@link #REPORTED_STATES} {@code to} another. */
    public void transition(String breaker, String from, String to) {
        if (!REPORTED_STATES.contains(from) || !REPORTED_STATES.contains(to)) throw new IllegalArgumentException("unknown state " + from + " or " + to);
        if (watched.containsKey(breaker)) throw new IllegalArgumentException("breaker " + breaker + " is watched already");
        reported.put(breaker, to);
        transitions.labelValues(breaker, from, to).inc();
    }

    static String label(CircuitBreaker.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
