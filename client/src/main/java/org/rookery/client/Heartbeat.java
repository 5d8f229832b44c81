package org.rookery.client;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Keeps an eye on an open transport that can be pinged (the WebSocket): pings it every interval,
 * and declares it dead when nothing at all was heard for three intervals, so that a connection
 * the network silently dropped (no reset ever arrives) is replaced. Not thread-safe: used on the
 * connection thread, where its checks also run.
 */
final class Heartbeat {
    private final ConnectionThread thread;
    private final Duration interval;
    private ScheduledFuture<?> task;

    Heartbeat(ConnectionThread thread, Duration interval) {
        this.thread = thread;
        this.interval = interval;
    }

    void start(Transport transport, Runnable onSilence) {
        stop();
        if (!transport.pingable()) return;
        long limit = interval.toNanos() * 3;
        task = thread.every(interval, () -> {
            if (System.nanoTime() - transport.lastHeardNanos() > limit) {
                stop();
                onSilence.run();
            } else {
                transport.ping();
            }
        });
    }

    void stop() {
        if (task != null) task.cancel(false);
        task = null;
    }
}
