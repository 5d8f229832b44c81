package org.rookery.ports.out;

import java.time.Instant;

/**
 * Where the application reads the time: the system clock in production, a hand-moved one in
 * tests. Implementations are thread-safe.
 */
@FunctionalInterface
public interface TimeSource {
    Instant now();
}
