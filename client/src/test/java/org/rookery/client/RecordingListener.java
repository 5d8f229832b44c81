package org.rookery.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Records every callback of a live game and lets a test wait, with a deadline, until what it
 * recorded satisfies a condition (woken by each callback: no sleeping). A test fixture; thread-safe.
 */
final class RecordingListener implements LiveGameListener {
    static final Duration DEADLINE = Duration.ofSeconds(15);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Object> calls = new ArrayList<>();

    record StateChange(ConnectionState state, TransportKind transport) {}

    @Override
    public void onStateChange(ConnectionState state, TransportKind transport) {
        record(new StateChange(state, transport));
    }

    @Override
    public void onSnapshot(Game game) {
        record(game);
    }

    @Override
    public void onEvent(GameEvent event) {
        record(event);
    }

    @Override
    public void onAck(MoveOutcome.Acknowledged ack) {
        record(ack);
    }

    @Override
    public void onError(ServerError error) {
        record(error);
    }

    private void record(Object call) {
        lock.lock();
        try {
            calls.add(call);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    <T> List<T> all(Class<T> type) {
        lock.lock();
        try {
            return calls.stream().filter(type::isInstance).map(type::cast).toList();
        } finally {
            lock.unlock();
        }
    }

    List<Long> seqs() {
        return all(GameEvent.class).stream().map(GameEvent::seq).toList();
    }

    List<ConnectionState> states() {
        return all(StateChange.class).stream().map(StateChange::state).toList();
    }

    /** Waits until {@code condition} holds for the recorded calls of {@code type}; fails after the deadline. */
    <T> List<T> await(Class<T> type, String what, Predicate<List<T>> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        lock.lock();
        try {
            while (true) {
                List<T> seen = all(type);
                if (condition.test(seen)) return seen;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("waited " + DEADLINE + " for " + what + "; recorded: " + calls);
                changed.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            lock.unlock();
        }
    }

    void awaitState(ConnectionState state) {
        await(StateChange.class, "state " + state, s -> !s.isEmpty() && s.getLast().state() == state);
    }

    void awaitStateSeen(ConnectionState state, int times) {
        await(StateChange.class, state + " " + times + " times", s -> s.stream().filter(c -> c.state() == state).count() >= times);
    }

    List<GameEvent> awaitEventSeq(long seq) {
        return await(GameEvent.class, "event " + seq, events -> events.stream().anyMatch(e -> e.seq() >= seq));
    }

    Game awaitSnapshot() {
        return await(Game.class, "a snapshot", games -> !games.isEmpty()).getFirst();
    }

    ServerError awaitError(String code) {
        return await(ServerError.class, "error " + code, errors -> errors.stream().anyMatch(e -> e.code().equals(code)))
                .stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }
}
