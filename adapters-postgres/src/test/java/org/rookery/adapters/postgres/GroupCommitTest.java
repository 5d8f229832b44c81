package org.rookery.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.EventLogConflictException;

/**
 * Group commit as callers see it, made deterministic by holding the counter row from another
 * session: appends that arrive while a transaction is under way go to the database together,
 * each keeps its own seq check, and none returns before its transaction committed.
 */
@Timeout(60)
class GroupCommitTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private PostgresStore store;
    private PostgresGameEventLog log;
    private ExecutorService callers;

    @BeforeEach
    void open() {
        store = TestDatabase.anotherProcess(); // a writer of its own, so no other test's appends join its batches
        log = store.eventLog();
        callers = Executors.newVirtualThreadPerTaskExecutor();
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        store.close();
    }

    @Test
    void appends_arriving_while_a_transaction_runs_commit_together_in_one_transaction() throws Exception {
        String first = unique("first");
        List<String> games = new ArrayList<>();
        for (int i = 0; i < 100; i++) games.add(unique("g" + i));
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        try (RowHold hold = RowHold.counterRow(store.settings())) {
            acks.add(appendLater(first, 0, SampleGames.events(first, 0)));
            Eventually.await(PATIENCE, () -> hold.sessionsWaitingForALock() == 1, "the writer's batch to wait for the counter row");
            for (String g : games) acks.add(appendLater(g, 0, SampleGames.events(g, 1)));
            Eventually.await(PATIENCE, () -> log.appendsWaiting() == games.size(), "the appends to queue up behind the batch");
            long commitsBefore = log.groupCommits();
            assertThat(acks).noneMatch(CompletableFuture::isDone);
            hold.close();
            for (CompletableFuture<Void> ack : acks) ack.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(log.groupCommits() - commitsBefore).as("the blocked batch, then the 100 appends in one").isEqualTo(2);
        }
        for (String g : games) assertThat(log.lastSeq(g)).isEqualTo(3);
    }

    @Test
    void a_conflicting_append_fails_only_its_own_game_and_the_rest_of_its_group_commits() throws Exception {
        String ahead = unique("ahead"), fresh = unique("fresh"), twice = unique("twice"), blocker = unique("blocker");
        List<EventEnvelope> aheadEvents = SampleGames.events(ahead, 2);
        log.append(ahead, 0, aheadEvents.subList(0, 2));
        try (RowHold hold = RowHold.counterRow(store.settings())) {
            CompletableFuture<Void> blocked = appendLater(blocker, 0, SampleGames.events(blocker, 0));
            Eventually.await(PATIENCE, () -> hold.sessionsWaitingForALock() == 1, "the writer's batch to wait for the counter row");
            CompletableFuture<Void> stale = appendLater(ahead, 0, aheadEvents.subList(0, 1)); // the game is at seq 2 already
            CompletableFuture<Void> ok = appendLater(fresh, 0, SampleGames.events(fresh, 1));
            CompletableFuture<Void> twiceA = appendLater(twice, 0, SampleGames.events(twice, 0));
            CompletableFuture<Void> twiceB = appendLater(twice, 0, SampleGames.events(twice, 0));
            Eventually.await(PATIENCE, () -> log.appendsWaiting() == 4, "the appends to queue up");
            hold.close();
            blocked.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            ok.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(failure(stale)).isInstanceOfSatisfying(EventLogConflictException.class, c -> assertThat(c.actualSeq()).isEqualTo(2));
            List<Throwable> twiceOutcomes = new ArrayList<>();
            twiceOutcomes.add(failure(twiceA));
            twiceOutcomes.add(failure(twiceB));
            assertThat(twiceOutcomes).as("one of two racing first appends of a game wins").containsOnlyOnce((Throwable) null);
            assertThat(twiceOutcomes).filteredOn(t -> t != null).allMatch(t -> t instanceof EventLogConflictException);
        }
        assertThat(log.readAfter(ahead, 0)).isEqualTo(aheadEvents.subList(0, 2));
        assertThat(log.lastSeq(fresh)).isEqualTo(3);
        assertThat(log.lastSeq(twice)).isEqualTo(2);
    }

    @Test
    void an_append_returns_only_once_its_transaction_committed() throws Exception {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 0);
        PostgresStore reader = TestDatabase.shared(); // another pool: sees only what is committed
        CompletableFuture<Void> ack;
        try (RowHold hold = RowHold.counterRow(store.settings())) {
            ack = appendLater(g, 0, events);
            Eventually.await(PATIENCE, () -> hold.sessionsWaitingForALock() == 1, "the append's transaction to wait for the counter row");
            assertThat(ack).as("not acknowledged while its transaction is open").isNotDone();
            assertThat(reader.eventLog().readAfter(g, 0)).isEmpty();
        }
        ack.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(reader.eventLog().readAfter(g, 0)).as("acknowledged, so visible to everyone").isEqualTo(events);
    }

    private CompletableFuture<Void> appendLater(String game, long expectedSeq, List<EventEnvelope> events) {
        return CompletableFuture.runAsync(() -> log.append(game, expectedSeq, events), callers);
    }

    /** The append's failure, or null when it committed. */
    private static Throwable failure(CompletableFuture<Void> ack) throws Exception {
        try {
            ack.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
