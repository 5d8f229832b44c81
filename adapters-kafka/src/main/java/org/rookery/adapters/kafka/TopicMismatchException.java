package org.rookery.adapters.kafka;

/** A topic exists on the cluster with another partition count or replication factor than configured. */
public final class TopicMismatchException extends RuntimeException {
    public TopicMismatchException(String message) {
        super(message);
    }
}
