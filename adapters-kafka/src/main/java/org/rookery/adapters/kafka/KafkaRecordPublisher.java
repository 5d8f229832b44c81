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
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * The publishing both event streams share: an idempotent producer ({@code acks=all}) sends a
 * batch's records in order, flushes, and returns once the broker acknowledged every one, or throws
 * {@link KafkaPublishException} within the acknowledgement timeout. After a failure the producer
 * is closed and the next batch starts a new one: a fresh producer id and sequence numbers, so a
 * producer confused by expired batches (seen on an overloaded machine as a stream of
 * {@code OutOfOrderSequenceException}s) never blocks the retries. Thread-safe; batches are serialized.
 */
final class KafkaRecordPublisher<E> implements AutoCloseable {
    private final Supplier<Producer<String, byte[]>> producers;
    private final Function<E, ProducerRecord<String, byte[]>> records;
    private final KafkaMetricsListener metrics;
    private final KafkaTracing tracing;
    private final Duration ackTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private Producer<String, byte[]> producer;

    KafkaRecordPublisher(Supplier<Producer<String, byte[]>> producers, Function<E, ProducerRecord<String, byte[]>> records,
            KafkaMetricsListener metrics, KafkaTracing tracing, Duration ackTimeout) {
        this.producers = producers;
        this.records = records;
        this.metrics = metrics;
        this.tracing = tracing;
        this.ackTimeout = ackTimeout;
    }

    void publish(List<E> events) {
        if (events.isEmpty()) return;
        lock.lock();
        try {
            publishInOrder(events);
        } finally {
            lock.unlock();
        }
    }

    private void publishInOrder(List<E> events) {
        if (producer == null) producer = producers.get();
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        Map<String, Integer> perTopic = new LinkedHashMap<>();
        try {
            for (E event : events) {
                ProducerRecord<String, byte[]> record = records.apply(event);
                tracing.inject(record.headers());
                acks.add(producer.send(record));
                perTopic.merge(record.topic(), 1, Integer::sum);
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
