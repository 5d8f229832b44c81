package org.rookery.application.relay;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.ports.out.EventPublisher;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;
import org.rookery.ports.out.LoggedMatchEvent;
import org.rookery.ports.out.MatchEventLog;
import org.rookery.ports.out.MatchEventPublisher;
import org.rookery.ports.out.RelayCheckpoint;

/** The platform's two relays, built over their logs and publishers: a parts list for the composition root. Stateless. */
public final class Relays {
    /** The checkpoint names, which are also the downstream topics' default names. */
    public static final String GAME_EVENTS = "game-events", MATCHMAKING_MATCHES = "matchmaking.matches";

    private Relays() {}

    /** Tails the game event log into the {@code game-events} publisher. */
    public static LogRelay<LoggedEvent> gameEvents(GameEventLog log, EventPublisher publisher, RelayCheckpoint checkpoint, int batchSize) {
        return new LogRelay<>(GAME_EVENTS, feed(log::readAll, LoggedEvent::position, LoggedEvent::event, EventEnvelope::occurredAt,
                log::endPosition, publisher::publish), checkpoint, batchSize);
    }

    /** Tails matchmaking's event log into the {@code matchmaking.matches} publisher. */
    public static LogRelay<LoggedMatchEvent> matches(MatchEventLog log, MatchEventPublisher publisher, RelayCheckpoint checkpoint, int batchSize) {
        return new LogRelay<>(MATCHMAKING_MATCHES, feed(log::readAll, LoggedMatchEvent::position, LoggedMatchEvent::event,
                MatchEnvelope::occurredAt, log::endPosition, publisher::publish), checkpoint, batchSize);
    }

    private static <L, E> RelayFeed<L> feed(BiFunction<Long, Integer, List<L>> read, ToLongFunction<L> position, Function<L, E> event,
            Function<E, Instant> occurredAt, LongSupplier end, Consumer<List<E>> publish) {
        return new RelayFeed<>() {
            @Override
            public List<L> readAfter(long after, int max) {
                return read.apply(after, max);
            }

            @Override
            public long positionOf(L logged) {
                return position.applyAsLong(logged);
            }

            @Override
            public Instant occurredAtOf(L logged) {
                return occurredAt.apply(event.apply(logged));
            }

            @Override
            public long endPosition() {
                return end.getAsLong();
            }

            @Override
            public void publish(List<L> logged) {
                publish.accept(logged.stream().map(event).toList());
            }
        };
    }
}
