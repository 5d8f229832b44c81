package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventPublisher;

/**
 * Publishes events to Kafka with an idempotent producer ({@code acks=all}): each event to the
 * topic and key its {@link EventRouting} names, its value from the {@link EnvelopeSerializer},
 * its type, schema version, id and correlation id in {@link EventHeaders}. {@link #publish}
 * returns once the broker acknowledged every event of the batch and throws
 * {@link KafkaPublishException} otherwise, within the delivery timeout. After a failure the
 * producer is closed and the next publish starts a new one: a fresh producer id and sequence
 * numbers, so a producer confused by expired batches (seen on an overloaded machine as a stream of
 * {@code OutOfOrderSequenceException}s) never blocks the retries. Thread-safe; publishes are serialized.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {
    private final Supplier<Producer<String, byte[]>> producers;
    private final ReentrantLock lock = new ReentrantLock();
    private Producer<String, byte[]> producer;
    private final EventRouting routing;
    private final EnvelopeSerializer serializer;
    private final KafkaMetricsListener metrics;
    private final Duration ackTimeout;

    /** Publishes through producers from {@code producers}, which it owns and closes; waits at most {@code ackTimeout} for a batch's acknowledgements. */
    public KafkaEventPublisher(Supplier<Producer<String, byte[]>> producers, EventRouting routing, EnvelopeSerializer serializer,
            KafkaMetricsListener metrics, Duration ackTimeout) {
        this.producers = producers;
        this.routing = routing;
        this.serializer = serializer;
        this.metrics = metrics;
        this.ackTimeout = ackTimeout;
    }

    /** A publisher with its own producer on the configured cluster and topics. */
    public static KafkaEventPublisher create(KafkaSettings settings, EnvelopeSerializer serializer, KafkaMetricsListener metrics) {
        return create(settings, EventRouting.of(settings), serializer, metrics);
    }

    /** The same with another routing (e.g. a stream of its own for some event type). */
    public static KafkaEventPublisher create(KafkaSettings settings, EventRouting routing, EnvelopeSerializer serializer, KafkaMetricsListener metrics) {
        Map<String, Object> config = KafkaClientProperties.producer(settings, "publisher");
        // The delivery timeout bounds every record; a little more covers the flush's own bookkeeping.
        return new KafkaEventPublisher(() -> new KafkaProducer<>(config), routing, serializer, metrics, settings.deliveryTimeout().plus(settings.requestTimeout()));
    }

    @Override
    public void publish(List<EventEnvelope> events) {
        if (events.isEmpty()) return;
        lock.lock();
        try {
            publishInOrder(events);
        } finally {
            lock.unlock();
        }
    }

    private void publishInOrder(List<EventEnvelope> events) {
        if (producer == null) producer = producers.get();
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        Map<String, Integer> perTopic = new LinkedHashMap<>();
        try {
            for (EventEnvelope event : events) {
                Destination to = routing.route(event);
                acks.add(producer.send(new ProducerRecord<>(to.topic(), null, to.key(), serializer.toBytes(event), EventHeaders.of(event))));
                perTopic.merge(to.topic(), 1, Integer::sum);
            }
            producer.flush();
            awaitAll(acks);
        } catch (KafkaException | ExecutionException | TimeoutException e) {
            throw failed(events.size(), e instanceof ExecutionException ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(events.size(), e);
        }
        perTopic.forEach(metrics::published);
    }

    private void awaitAll(List<Future<RecordMetadata>> acks) throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Future<RecordMetadata> ack : acks) ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private KafkaPublishException failed(int events, Throwable cause) {
        // Abandon what is still pending: the caller offers the whole batch again, to a new producer.
        producer.close(Duration.ZERO);
        producer = null;
        metrics.publishFailed(events, cause);
        return new KafkaPublishException("Kafka did not acknowledge " + events + " event(s): " + cause, cause);
    }

    /** Flushes what is pending and closes the producer, waiting at most the acknowledgement timeout. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (producer != null) producer.close(ackTimeout);
            producer = null;
        } finally {
            lock.unlock();
        }
    }
}
