package org.rookery.runtime.allinone;

import io.helidon.webserver.WebServer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rookery.adapters.http.HttpApi;
import org.rookery.application.relay.LogRelay;

/**
 * The all-in-one platform once started: its server, HTTP adapter, relays, rating and
 * matchmaking services, bots and engines, and adapters. {@link #close()} stops them in order (not
 * ready, stop serving, stop the bots and the engine processes, stop pairing, stop relaying, stop
 * timers) and
 * is safe to call twice, from a shutdown hook or a test. Thread-safe.
 */
public final class RunningPlatform implements AutoCloseable {
    private final WebServer server;
    private final HttpApi api;
    private final List<LogRelay<?>> relays;
    private final RatingsAndMatchmaking ranked;
    private final ComputerPlayers computer;
    private final MemoryAdapters adapters;
    private final AtomicBoolean ready;
    private final Observability observability;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    RunningPlatform(WebServer server, HttpApi api, List<LogRelay<?>> relays, RatingsAndMatchmaking ranked, ComputerPlayers computer,
            MemoryAdapters adapters, AtomicBoolean ready, Observability observability) {
        this.server = server;
        this.api = api;
        this.relays = relays;
        this.ranked = ranked;
        this.computer = computer;
        this.adapters = adapters;
        this.ready = ready;
        this.observability = observability;
    }

    public int port() {
        return server.port();
    }

    /** What the bots and analyses think with: the engine's name ({@code stockfish}), {@code in-memory} or {@code random}. */
    public String engine() {
        return computer.engine();
    }

    public boolean isReady() {
        return ready.get();
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        ready.set(false);
        try {
            server.stop();
            api.close();
            computer.close();
            ranked.stop();
            relays.forEach(LogRelay::stop);
            relays.forEach(LogRelay::relay); // hand on what the log holds beyond the checkpoints
            adapters.close();
            observability.close(); // the last spans out
        } finally {
            stopped.countDown();
        }
    }
}
