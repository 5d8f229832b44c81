package org.rookery.adapters.http.transport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks at every open connection's {@link ConnectionClock} a few times per shortest timeout and
 * cuts those whose read overstayed. Helidon has no read timeout of its own for server sockets (its
 * {@code readTimeout} socket option is applied to client sockets only), so this is ours. One daemon
 * thread per server. Thread-safe; {@link #close()} stops it.
 */
final class ConnectionWatchdog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConnectionWatchdog.class.getName());
    private final Set<ConnectionClock> clocks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    ConnectionWatchdog(Duration shortestTimeout) {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "http-read-watchdog");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(10, shortestTimeout.toMillis() / 4);
        timer.scheduleAtFixedRate(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    void watch(ConnectionClock clock) {
        clocks.add(clock);
    }

    void forget(ConnectionClock clock) {
        clocks.remove(clock);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (ConnectionClock clock : clocks) {
            if (clock.overdue(now)) {
                clocks.remove(clock);
                LOG.log(System.Logger.Level.DEBUG, "closing a connection whose read overstayed (" + clock.phase() + ")");
                clock.cut();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
