package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Copies a poison record to its dead-letter topic: same key, value and headers, plus headers that
 * say why and where it came from. Returns only once the broker acknowledged the copy, so the
 * original's offset is committed only after its copy is safe. Thread-safe if the producer is.
 */
final class DeadLetterSender implements AutoCloseable {
    /** The {@link PoisonEventException.Reason}. */
    static final String REASON = "dlq-reason";
    /** The exception's message. */
    static final String ERROR = "dlq-error";
    static final String ORIGINAL_TOPIC = "dlq-original-topic";
    static final String ORIGINAL_PARTITION = "dlq-original-partition";
    static final String ORIGINAL_OFFSET = "dlq-original-offset";

    private final Producer<String, byte[]> producer;
    private final Duration timeout;

    DeadLetterSender(Producer<String, byte[]> producer, Duration timeout) {
        this.producer = producer;
        this.timeout = timeout;
    }

    void send(String deadLetterTopic, ConsumerRecord<String, byte[]> poison, PoisonEventException why) {
        Headers headers = new RecordHeaders();
        for (Header h : poison.headers()) headers.add(h);
        EventHeaders.put(headers, REASON, why.reason().name());
        EventHeaders.put(headers, ERROR, String.valueOf(why.getMessage()));
        EventHeaders.put(headers, ORIGINAL_TOPIC, poison.topic());
        EventHeaders.put(headers, ORIGINAL_PARTITION, Integer.toString(poison.partition()));
        EventHeaders.put(headers, ORIGINAL_OFFSET, Long.toString(poison.offset()));
        try {
            producer.send(new ProducerRecord<>(deadLetterTopic, null, poison.key(), poison.value(), headers)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaPublishException("cannot dead-letter " + where(poison) + " to " + deadLetterTopic + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaPublishException("dead-lettering " + where(poison) + " to " + deadLetterTopic + " took longer than " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaPublishException("interrupted while dead-lettering " + where(poison), e);
        }
    }

    private static String where(ConsumerRecord<?, ?> r) {
        return r.topic() + "-" + r.partition() + "@" + r.offset();
    }

    @Override
    public void close() {
        producer.close(timeout);
    }
}
