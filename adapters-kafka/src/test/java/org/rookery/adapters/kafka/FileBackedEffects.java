package org.rookery.adapters.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A test handler with a durable, idempotent effect: it appends each new event id to a file
 * (forced to disk) and skips ids already there, as a rating store would skip a game it already
 * rated. Survives its process being killed. Runs on one runner's thread: not thread-safe.
 */
final class FileBackedEffects implements EventHandler {
    private final Path file;
    private final Set<String> applied;
    private final IntConsumer afterEach;
    private final AtomicInteger redelivered = new AtomicInteger();
    private int handled;

    /** {@code afterEach} gets the number of events handled so far by this instance, after each one. */
    FileBackedEffects(Path file, IntConsumer afterEach) throws IOException {
        this.file = file;
        this.applied = new HashSet<>(Files.exists(file) ? lines(file) : List.of());
        this.afterEach = afterEach;
    }

    @Override
    public void handle(ConsumedEvent event) throws IOException {
        String id = event.envelope().eventId();
        if (applied.add(id)) {
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } else {
            redelivered.incrementAndGet();
        }
        afterEach.accept(++handled);
    }

    /** Events that came again after their effect was applied (by this process or an earlier one). */
    int redelivered() {
        return redelivered.get();
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
