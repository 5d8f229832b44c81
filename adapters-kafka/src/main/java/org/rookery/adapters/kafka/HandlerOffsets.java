package org.rookery.adapters.kafka;

import java.util.OptionalLong;

/**
 * Positions kept by the handler itself (e.g. in the same PostgreSQL transaction as its effects):
 * when a partition is assigned, the runner starts at the offset returned here rather than at the
 * group's committed one. Called on the runner's thread only.
 */
@FunctionalInterface
public interface HandlerOffsets {
    /** The next offset to read in this partition (the last handled + 1), or empty to use the group's committed offset. */
    OptionalLong nextOffset(String topic, int partition);

    /** Always the group's committed offsets. */
    HandlerOffsets NONE = (topic, partition) -> OptionalLong.empty();
}
