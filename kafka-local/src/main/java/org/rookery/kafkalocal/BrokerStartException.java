package org.rookery.kafkalocal;

/** The local Kafka broker could not start (a port taken, a data folder formatted for another cluster, …). */
public final class BrokerStartException extends RuntimeException {
    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
