package org.rookery.application.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryRelayCheckpoint;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.EventPublisher;
import org.rookery.ports.out.LoggedEvent;
import org.rookery.ports.out.RelayCheckpoint;

/**
 * The relay that tails the durable log: at least once, in log order, from its checkpoint. A crash
 * (modelled as an {@link Error} that escapes the relay, after which a fresh relay object starts from
 * what the stores hold) at every step of a batch loses nothing, and a consumer that deduplicates
 * by event id applies every event exactly once.
 */
class LogRelayTest {
    private static final int BATCH = 8;

    /** What a process crash looks like from inside: nothing catches it. */
    private static final class Crash extends Error {
        Crash(String where) {
            super("crashed " + where);
        }
    }

    private final InMemoryGameEventLog log = new InMemoryGameEventLog();
    private final InMemoryRelayCheckpoint stored = new InMemoryRelayCheckpoint();
    /** Everything that reached the bus, duplicates included, in bus order. */
    private final List<EventEnvelope> bus = new ArrayList<>();
    /** A consumer that applies each event id once (its effects, keyed by event id, in the order applied). */
    private final Map<String, EventEnvelope> applied = new LinkedHashMap<>();

    private List<EventEnvelope> played(int games) {
        List<EventEnvelope> all = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            List<EventEnvelope> events = SampleGames.events("relay-g" + g, 3 + g % 5);
            log.append("relay-g" + g, 0, events);
            all.addAll(events);
        }
        return all;
    }

    private void deliver(List<EventEnvelope> events) {
        for (EventEnvelope e : events) {
            bus.add(e);
            applied.putIfAbsent(e.eventId(), e);
        }
    }

    private LogRelay<LoggedEvent> relay(EventPublisher publisher, RelayCheckpoint checkpoint) {
        return Relays.gameEvents(log, publisher, checkpoint, BATCH);
    }

    @Test
    void the_log_is_published_in_log_order_and_the_checkpoint_follows_it() {
        List<EventEnvelope> all = played(6);
        LogRelay<LoggedEvent> relay = relay(this::deliver, stored);

        assertThat(relay.relay()).isEqualTo(all.size());

        assertThat(bus).isEqualTo(all);
        assertThat(stored.position(Relays.GAME_EVENTS)).isEqualTo(log.endPosition());
        assertThat(relay.relay()).as("nothing new").isZero();
        List<EventEnvelope> more = SampleGames.events("relay-late", 2);
        log.append("relay-late", 0, more);
        assertThat(relay.relay()).isEqualTo(more.size());
        assertThat(bus.subList(all.size(), bus.size())).isEqualTo(more);
    }

    @Test
    void a_relay_that_restarts_resumes_after_its_stored_checkpoint() {
        List<EventEnvelope> all = played(4);
        relay(this::deliver, stored).relay();
        bus.clear();
        log.append("relay-after", 0, SampleGames.events("relay-after", 1));

        relay(this::deliver, stored).relay(); // a new process: nothing but the stores

        assertThat(bus).extracting(EventEnvelope::gameId).containsOnly("relay-after");
        assertThat(applied).hasSize(all.size() + 3);
    }

    @Test
    void a_crash_at_every_step_of_a_batch_loses_nothing_and_a_deduplicating_consumer_applies_each_event_once() {
        List<EventEnvelope> all = played(24);
        // Each doomed relay checkpoints one whole batch, then crashes during its second one: before publishing it,
        // after each of its events reached the bus, while storing its checkpoint, or right after storing it.
        for (int crashAt = 0; crashAt <= BATCH + 2; crashAt++) {
            int point = crashAt;
            int[] batches = {0}, delivered = {0};
            EventPublisher crashing = events -> {
                boolean second = ++batches[0] == 2;
                if (second && point == 0) throw new Crash("before publishing");
                for (EventEnvelope e : events) {
                    deliver(List.of(e));
                    if (second && ++delivered[0] == point && point <= BATCH) throw new Crash("mid-batch after " + point + " events");
                }
            };
            RelayCheckpoint crashingCheckpoint = new RelayCheckpoint() {
                public long position(String relay) {
                    return stored.position(relay);
                }

                public void save(String relay, long position) {
                    if (batches[0] == 2 && point == BATCH + 1) throw new Crash("while storing the checkpoint");
                    stored.save(relay, position);
                    if (batches[0] == 2 && point == BATCH + 2) throw new Crash("right after storing the checkpoint");
                }
            };
            assertThatThrownBy(relay(crashing, crashingCheckpoint)::relay).as("crash point " + point).isInstanceOf(Crash.class);
        }
        relay(this::deliver, stored).relay(); // the last restart drains the log

        assertThat(applied.values()).as("every event applied, once, in log order").containsExactlyElementsOf(all);
        assertThat(bus).as("duplicates reached the bus (at least once), but nothing is missing").containsAll(all);
        assertThat(bus.size()).isGreaterThan(all.size());
        for (String game : all.stream().map(EventEnvelope::gameId).distinct().toList()) {
            List<Long> firstSeen = new ArrayList<>(new java.util.LinkedHashSet<>(
                    bus.stream().filter(e -> e.gameId().equals(game)).map(EventEnvelope::seq).toList()));
            assertThat(firstSeen).as("each of game " + game + "'s events first reaches the bus in seq order").isSorted()
                    .first().isEqualTo(1L);
        }
        assertThat(stored.position(Relays.GAME_EVENTS)).isEqualTo(log.endPosition());
    }

    @Test
    void a_failing_publisher_or_checkpoint_store_is_retried_on_the_next_run_without_losing_anything() {
        List<EventEnvelope> all = played(5);
        int[] failures = {2};
        EventPublisher flaky = events -> {
            if (failures[0]-- > 0) throw new IllegalStateException("broker unavailable");
            deliver(events);
        };
        boolean[] checkpointDown = {true};
        RelayCheckpoint flakyCheckpoint = new RelayCheckpoint() {
            public long position(String relay) {
                return stored.position(relay);
            }

            public void save(String relay, long position) {
                if (checkpointDown[0]) {
                    checkpointDown[0] = false;
                    throw new IllegalStateException("database unavailable");
                }
                stored.save(relay, position);
            }
        };
        LogRelay<LoggedEvent> relay = relay(flaky, flakyCheckpoint);

        for (int run = 0; run < 5; run++) relay.relay();

        assertThat(applied.values()).containsExactlyElementsOf(all);
        assertThat(relay.counters().failed()).isEqualTo(2L * BATCH);
        assertThat(stored.position(Relays.GAME_EVENTS)).isEqualTo(log.endPosition());
        assertThat(relay.lag(() -> java.time.Instant.parse("2025-03-01T13:00:00Z"))).isEqualTo(RelayLag.NONE);
    }
}
