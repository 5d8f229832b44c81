package org.rookery.adapters.kafka;

/**
 * What a {@link KafkaConsumerRunner} does with each event, one at a time, in each partition's
 * order. Delivery is at least once: after a crash, a rebalance or a failed commit, events already
 * handled come again. So a handler's effects must be idempotent, keyed by the event id or a
 * business key (a rating is applied once per {@code (gameId, pool)}); at-least-once delivery plus
 * an idempotent effect is an exactly-once effect. A handler that stores its effect and its
 * position in one transaction can also own the offsets ({@link HandlerOffsets}).
 * Called on the runner's thread only.
 */
@FunctionalInterface
public interface EventHandler {
    /**
     * Handles one event. Returning means done: its offset may be committed.
     *
     * @throws PoisonEventException when the event can never be handled: it goes to the dead-letter topic
     * @throws Exception on any other failure: the same event is offered again after a back-off, and
     *     the partition waits (nothing after it is skipped)
     */
    void handle(ConsumedEvent event) throws Exception;
}
