package org.rookery.client;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Keeps an eye on an open transport: pings it every interval (if it can be pinged: the WebSocket),
 * and declares it dead when nothing at all was heard for its silence limit, so that a connection
 * the network silently dropped (no reset ever arrives) is replaced. It also catches the JDK's
 * WebSocket missing a server's close now and then (seen here: socket left in CLOSE-WAIT, no
 * callback). Not thread-safe: used on the connection thread, where its checks also run.
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
        long limit = transport.silenceLimit(interval).toNanos();
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
