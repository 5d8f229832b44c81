package org.rookery.ports.out;

/** A listener's registration with a broadcaster; closing it stops delivery. Thread-safe, idempotent. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
