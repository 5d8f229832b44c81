package org.rookery.adapters.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The next offset of each partition whose handled records are not yet committed. Only offsets of
 * records the handler finished (or dead-lettered) enter it, so a commit never skips an event. Not
 * thread-safe: the runner's thread owns it.
 */
final class FinishedOffsets {
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();

    void finished(TopicPartition partition, long offset) {
        pending.put(partition, new OffsetAndMetadata(offset + 1));
    }

    Map<TopicPartition, OffsetAndMetadata> all() {
        return Map.copyOf(pending);
    }

    Map<TopicPartition, OffsetAndMetadata> of(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> some = new HashMap<>();
        for (TopicPartition p : partitions) if (pending.containsKey(p)) some.put(p, pending.get(p));
        return some;
    }

    /** Forgets what was committed, unless a later offset finished meanwhile. */
    void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((p, o) -> pending.remove(p, o));
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(pending::remove);
    }
}
