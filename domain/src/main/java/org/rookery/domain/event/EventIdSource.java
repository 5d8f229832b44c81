package org.rookery.domain.event;

/**
 * Where the domain gets fresh event ids from, so that randomness stays outside it.
 * Implementations must be thread-safe when shared between games.
 */
@FunctionalInterface
public interface EventIdSource {
    String nextEventId();
}
