package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Keeps a runner's offsets right across rebalances: commits what was handled in partitions about
 * to be revoked, forgets lost ones (another member owns them already), and on assignment starts
 * where the handler says when it keeps its own positions. Runs on the runner's thread, inside
 * {@code poll}; not thread-safe.
 */
final class CommittingRebalanceListener implements ConsumerRebalanceListener {
    private static final Logger LOG = Logger.getLogger(CommittingRebalanceListener.class.getName());
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<String, byte[]> consumer;
    private final FinishedOffsets finished;
    private final PartitionRetries retries;
    private final HandlerOffsets handlerOffsets;

    CommittingRebalanceListener(Consumer<String, byte[]> consumer, FinishedOffsets finished, PartitionRetries retries, HandlerOffsets handlerOffsets) {
        this.consumer = consumer;
        this.finished = finished;
        this.retries = retries;
        this.handlerOffsets = handlerOffsets;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        commit(finished.of(partitions));
        finished.forget(partitions);
        retries.forget(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        finished.forget(partitions);
        retries.forget(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        for (TopicPartition p : partitions) handlerOffsets.nextOffset(p.topic(), p.partition()).ifPresent(offset -> consumer.seek(p, offset));
    }

    /**
     * Commits synchronously. A failed commit is logged, not thrown: the offsets stay pending and
     * are committed next time, or their events come again (handlers are idempotent).
     */
    void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) return;
        try {
            commitSync(offsets);
            finished.committed(offsets);
        } catch (KafkaException e) {
            LOG.log(Level.WARNING, "offset commit failed; handled events may be delivered again: " + e, e);
        }
    }

    /** A {@code close()} wakes the consumer up to end a poll; the wake-up may hit this commit instead, which then runs again. */
    private void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets, COMMIT_TIMEOUT);
        } catch (WakeupException e) {
            consumer.commitSync(offsets, COMMIT_TIMEOUT);
        }
    }
}
