package org.rookery.adapters.kafka;

/**
 * A publish did not get the broker's acknowledgement for every event (broker down, timeout,
 * refused record). Some events may have reached the topic anyway: the caller offers the whole
 * batch again and consumers deduplicate by event id.
 */
public final class KafkaPublishException extends RuntimeException {
    public KafkaPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
