package org.rookery.adapters.kafka;

/** The Kafka cluster did not answer in time or refused a request: infrastructure, worth retrying later. */
public final class KafkaUnavailableException extends RuntimeException {
    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
