package org.rookery.adapters.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link KafkaMetricsListener} that keeps running totals in memory (events published and failed,
 * dead letters per topic, handler failures, the last lag seen per group and partition), for a
 * runtime to expose or a test to read. Thread-safe.
 */
public final class KafkaCounters implements KafkaMetricsListener {
    private final LongAdder published = new LongAdder();
    private final LongAdder publishFailed = new LongAdder();
    private final LongAdder handlerFailures = new LongAdder();
    private final Map<String, LongAdder> deadLettered = new ConcurrentHashMap<>();
    private final Map<String, Long> lag = new ConcurrentHashMap<>();

    @Override
    public void published(String topic, int events) {
        published.add(events);
    }

    @Override
    public void publishFailed(int events, Throwable cause) {
        publishFailed.add(events);
    }

    @Override
    public void deadLettered(String topic, PoisonEventException.Reason reason) {
        deadLettered.computeIfAbsent(topic, t -> new LongAdder()).increment();
    }

    @Override
    public void handlerFailed(String topic, int partition, int attempt, Throwable cause) {
        handlerFailures.increment();
    }

    @Override
    public void consumerLag(String groupId, String topic, int partition, long records) {
        lag.put(groupId + "/" + topic + "-" + partition, records);
    }

    public long published() {
        return published.sum();
    }

    public long publishFailed() {
        return publishFailed.sum();
    }

    public long handlerFailures() {
        return handlerFailures.sum();
    }

    /** Records of {@code topic} sent to its dead-letter topic so far. */
    public long deadLettered(String topic) {
        LongAdder n = deadLettered.get(topic);
        return n == null ? 0 : n.sum();
    }

    /** The last lag reported for a group's partition, keyed {@code group/topic-partition}. */
    public Map<String, Long> lag() {
        return Map.copyOf(lag);
    }
}
