package org.rookery.adapters.kafka;

/**
 * What the Kafka adapter reports for metrics, without a metrics library: the runtime turns these
 * calls into Prometheus counters and gauges. Every method has a no-op default. Implementations
 * must be thread-safe and must not block (they are called on the publishing and polling threads).
 */
public interface KafkaMetricsListener {
    /** Does nothing. */
    KafkaMetricsListener NONE = new KafkaMetricsListener() {};

    /** {@code events} records on {@code topic} were acknowledged by the broker. */
    default void published(String topic, int events) {}

    /** A publish of {@code events} records failed (the caller will offer them again). */
    default void publishFailed(int events, Throwable cause) {}

    /** A poison record of {@code topic} went to the dead-letter topic. */
    default void deadLettered(String topic, PoisonEventException.Reason reason) {}

    /** A handler failed on a record; the partition waits and tries it again ({@code attempt} from 1). */
    default void handlerFailed(String topic, int partition, int attempt, Throwable cause) {}

    /** How far consumer group {@code groupId} is behind the end of a partition, in records. */
    default void consumerLag(String groupId, String topic, int partition, long lag) {}
}
