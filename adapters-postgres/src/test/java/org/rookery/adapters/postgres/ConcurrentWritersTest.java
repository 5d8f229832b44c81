package org.rookery.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.LoggedEvent;

/**
 * The global order's "no late arrivals" under transactions that really overlap. Within one
 * process the group commit writer runs one transaction at a time, so these tests run several
 * stores (writers and pools of their own, like several nodes) on the same tables. With positions
 * from a sequence, a transaction that took a lower number could commit after one that took a
 * higher number, and a reader that already moved past the higher one would never see the lower.
 * Positions from the counter row follow commit order: the first test stops one node's transaction
 * after it claimed positions and shows that another node's append waits for it; the second runs
 * three nodes at once under a tailing reader.
 */
@Timeout(120)
class ConcurrentWritersTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final List<PostgresStore> nodes = List.of(TestDatabase.anotherProcess(), TestDatabase.anotherProcess(), TestDatabase.anotherProcess());

    @AfterEach
    void close() {
        nodes.forEach(PostgresStore::close);
    }

    @Test
    void a_node_holding_claimed_positions_makes_the_next_node_wait_so_readers_never_see_a_later_position_first() throws Exception {
        PostgresGameEventLog reader = TestDatabase.shared().eventLog();
        String first = unique("first"), second = unique("second");
        long start = reader.endPosition();
        CompletableFuture<Void> firstAck, secondAck;
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
                RowHold hold = RowHold.eventPosition(TestDatabase.settings(), start + 1)) {
            firstAck = CompletableFuture.runAsync(() -> nodes.get(0).eventLog().append(first, 0, SampleGames.events(first, 0)), callers);
            Eventually.await(PATIENCE, () -> hold.sessionsWaitingForALock() == 1, "node 1 to claim positions and wait at its insert");
            secondAck = CompletableFuture.runAsync(() -> nodes.get(1).eventLog().append(second, 0, SampleGames.events(second, 0)), callers);
            Eventually.await(PATIENCE, () -> hold.sessionsWaitingForALock() == 2, "node 2 to wait for node 1's positions");
            assertThat(secondAck).as("node 2 cannot commit past node 1's open transaction").isNotDone();
            assertThat(reader.readAll(start, 100)).isEmpty();
            hold.close();
            firstAck.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            secondAck.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(reader.readAll(start, 100)).extracting(e -> e.event().gameId()).containsExactly(first, first, second, second);
    }

    @Test
    void a_reader_tailing_the_log_while_several_processes_commit_misses_nothing() throws Exception {
        PostgresGameEventLog reader = TestDatabase.shared().eventLog();
        long start = reader.endPosition();
        int gamesPerNode = 8;
        List<List<EventEnvelope>> games = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size() * gamesPerNode; i++) {
            String id = unique("n" + i);
            ids.add(id);
            games.add(SampleGames.events(id, 10));
        }
        int expected = games.size() * 12;
        List<LoggedEvent> tailed = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> tail = pool.submit(() -> {
                long at = start;
                while (tailed.size() < expected) {
                    boolean wasWriting = writing.get();
                    List<LoggedEvent> batch = reader.readAll(at, 5);
                    for (LoggedEvent e : batch) {
                        assertThat(e.position()).isGreaterThan(at);
                        at = e.position();
                        if (ids.contains(e.event().gameId())) tailed.add(e);
                    }
                    if (batch.isEmpty() && !wasWriting) return null; // every append returned before this read began
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int g = 0; g < games.size(); g++) {
                PostgresGameEventLog log = nodes.get(g % nodes.size()).eventLog();
                List<EventEnvelope> events = games.get(g);
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < events.size(); i++) log.append(events.get(i).gameId(), i, List.of(events.get(i)));
                }));
            }
            try {
                for (Future<?> f : writers) f.get();
            } finally {
                writing.set(false); // a failed writer must not leave the reader tailing forever
            }
            tail.get();
        }
        assertThat(tailed).hasSize(expected);
        for (List<EventEnvelope> events : games) {
            String game = events.getFirst().gameId();
            assertThat(tailed.stream().map(LoggedEvent::event).filter(e -> e.gameId().equals(game)).toList()).isEqualTo(events);
        }
        assertThat(tailed).extracting(LoggedEvent::position).isSorted().doesNotHaveDuplicates();
    }
}
