package org.rookery.adapters.http.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how many connections a client may hold: at most {@code maxPerAddress} open at a
 * time from one remote address; a request's headers must have arrived {@code headerTimeout}
 * after its first byte, its body {@code bodyTimeout} after its headers; a connection waiting for
 * its next request (or its first) is closed after {@code idleTimeout}. A WebSocket, once
 * upgraded, has its own keep-alive instead. Immutable.
 */
public record ConnectionSettings(int maxPerAddress, Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout) {
    public static final ConnectionSettings DEFAULTS =
            new ConnectionSettings(256, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));

    public ConnectionSettings {
        if (maxPerAddress < 1) throw new IllegalArgumentException("maxPerAddress must be positive, got " + maxPerAddress);
        requirePositive(headerTimeout, "headerTimeout");
        requirePositive(bodyTimeout, "bodyTimeout");
        requirePositive(idleTimeout, "idleTimeout");
    }

    /** The shortest of the timeouts: the watchdog looks four times as often. */
    Duration shortest() {
        Duration d = headerTimeout.compareTo(bodyTimeout) < 0 ? headerTimeout : bodyTimeout;
        return d.compareTo(idleTimeout) < 0 ? d : idleTimeout;
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (!d.isPositive()) throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
}
