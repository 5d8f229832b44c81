package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.rookery.domain.event.EventEnvelope;

/**
 * Consumes event topics for one group on a thread of its own and hands each event to an
 * {@link EventHandler}, committing an offset only after its event was handled (at-least-once, so
 * with an idempotent handler an exactly-once effect). Poison records ({@link PoisonEventException})
 * are copied to the topic's dead-letter topic and the partition goes on; any other failure pauses
 * that partition and offers the same record again after a back-off, skipping nothing, while the
 * other partitions go on. Offsets are committed after each poll, on revocation and at
 * {@link #close()}. Thread-safe: start it, then close it from any thread.
 */
public final class KafkaConsumerRunner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(KafkaConsumerRunner.class.getName());

    private final Consumer<String, byte[]> consumer;
    private final DeadLetterSender deadLetters;
    private final EnvelopeDeserializer deserializer;
    private final EventHandler handler;
    private final ConsumerSettings settings;
    private final KafkaMetricsListener metrics;
    private final KafkaTracing tracing;
    private final LongSupplier nanoTime;
    private final FinishedOffsets finished = new FinishedOffsets();
    private final PartitionRetries retries;
    private final CommittingRebalanceListener rebalance;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    KafkaConsumerRunner(Consumer<String, byte[]> consumer, DeadLetterSender deadLetters, EnvelopeDeserializer deserializer, EventHandler handler,
            HandlerOffsets handlerOffsets, ConsumerSettings settings, KafkaMetricsListener metrics, KafkaTracing tracing, LongSupplier nanoTime) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.deserializer = deserializer;
        this.handler = handler;
        this.settings = settings;
        this.metrics = metrics;
        this.tracing = tracing;
        this.nanoTime = nanoTime;
        this.retries = new PartitionRetries(settings.retryFirstDelay(), settings.retryMaxDelay());
        this.rebalance = new CommittingRebalanceListener(consumer, finished, retries, handlerOffsets);
        this.thread = Thread.ofVirtual().name("kafka-consumer-" + settings.groupId()).unstarted(this::run);
    }

    /** Starts consuming on a thread of its own with a consumer and a dead-letter producer built from the settings. */
    public static KafkaConsumerRunner start(KafkaSettings kafka, ConsumerSettings settings, EnvelopeDeserializer deserializer, EventHandler handler,
            HandlerOffsets handlerOffsets, KafkaMetricsListener metrics) {
        return start(kafka, settings, deserializer, handler, handlerOffsets, metrics, KafkaTracing.NONE);
    }

    /** The same, each handler call inside the trace its record carries ({@code tracing}). */
    public static KafkaConsumerRunner start(KafkaSettings kafka, ConsumerSettings settings, EnvelopeDeserializer deserializer, EventHandler handler,
            HandlerOffsets handlerOffsets, KafkaMetricsListener metrics, KafkaTracing tracing) {
        Map<String, Object> props = new HashMap<>(KafkaClientProperties.consumer(kafka, settings.groupId(), settings.maxPollRecords()));
        props.putAll(settings.clientOverrides());
        DeadLetterSender deadLetters = new DeadLetterSender(new KafkaProducer<>(KafkaClientProperties.producer(kafka, settings.groupId() + "-dlq")),
                kafka.deliveryTimeout().plus(kafka.requestTimeout()));
        KafkaConsumerRunner runner = new KafkaConsumerRunner(new KafkaConsumer<>(props), deadLetters, deserializer, handler, handlerOffsets, settings,
                metrics, tracing, System::nanoTime);
        runner.thread.start();
        return runner;
    }

    /** Stops after the event in hand (if any), commits what was handled, leaves the group and closes the clients. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            consumer.subscribe(settings.topics(), rebalance);
            while (running.get()) {
                consumer.resume(retries.due(nanoTime.getAsLong()));
                ConsumerRecords<String, byte[]> batch = consumer.poll(retries.untilNextDue(nanoTime.getAsLong(), settings.pollTimeout()));
                for (TopicPartition partition : batch.partitions()) handle(partition, batch.records(partition));
                rebalance.commit(finished.all());
                reportLag();
            }
        } catch (WakeupException e) {
            if (running.get()) LOG.log(Level.SEVERE, "consumer " + settings.groupId() + " woken up while running", e);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "consumer " + settings.groupId() + " stopped on an unexpected failure", e);
        } finally {
            shutDown();
        }
    }

    /** Handles a partition's records in order; stops at the first failure, which is rewound and retried later. */
    private void handle(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!running.get()) return;
            try {
                handleOne(record);
            } catch (Exception failure) {
                int attempt = retries.failed(partition, nanoTime.getAsLong());
                metrics.handlerFailed(partition.topic(), partition.partition(), attempt, failure);
                // The stack trace once per failing record; later attempts say only that it still fails.
                LOG.log(Level.WARNING, "consumer " + settings.groupId() + " failed on " + partition + "@" + record.offset() + " (attempt " + attempt
                        + "); the partition waits and tries again: " + failure, attempt == 1 ? failure : null);
                consumer.seek(partition, record.offset());
                consumer.pause(List.of(partition));
                return;
            }
            finished.finished(partition, record.offset());
            retries.succeeded(partition);
        }
    }

    private void handleOne(ConsumerRecord<String, byte[]> record) throws Exception {
        KafkaTracing.Handling traced = tracing.consuming(record, settings.groupId());
        try {
            handleTraced(record);
        } catch (Exception failure) {
            traced.failed(failure);
            throw failure;
        } finally {
            traced.close();
        }
    }

    private void handleTraced(ConsumerRecord<String, byte[]> record) throws Exception {
        try {
            if (record.value() == null) throw new PoisonEventException(PoisonEventException.Reason.UNPARSEABLE, "the record has no value");
            EventEnvelope envelope = deserializer.fromBytes(record.value());
            handler.handle(new ConsumedEvent(envelope, record.topic(), record.partition(), record.offset(), record.key()));
        } catch (PoisonEventException poison) {
            deadLetters.send(settings.deadLetterTopicOf(record.topic()), record, poison);
            metrics.deadLettered(record.topic(), poison.reason());
            LOG.warning("consumer " + settings.groupId() + " dead-lettered " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " (" + poison.reason() + "): " + poison.getMessage());
        }
    }

    private void reportLag() {
        for (TopicPartition p : consumer.assignment()) {
            consumer.currentLag(p).ifPresent(lag -> metrics.consumerLag(settings.groupId(), p.topic(), p.partition(), lag));
        }
    }

    private void shutDown() {
        try {
            rebalance.commit(finished.all());
        } finally {
            try {
                consumer.close(Duration.ofSeconds(10));
            } finally {
                deadLetters.close();
            }
        }
    }
}
