package org.rookery.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.rookery.ports.contract.ContractIds.unique;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.contract.MatchEventLogContract;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.EventLogConflictException;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * The database goes away (a cut proxy: connections closed and refused) or goes silent (a frozen
 * proxy: bytes held): every call fails within a few seconds with {@link StoreUnavailableException},
 * nothing acknowledged is lost, and the store serves again by itself once the database is back.
 */
@Timeout(90)
class DatabaseOutageTest {
    /** Far more than the settings' timeouts allow, far less than a pool's or socket's defaults (30 s, forever). */
    private static final Duration FAST = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private CuttableProxy proxy;
    private PostgresStore store;

    @BeforeEach
    void open() throws Exception {
        PostgresSettings direct = TestDatabase.settings();
        URI server = URI.create(direct.url().substring("jdbc:".length()));
        proxy = new CuttableProxy(server.getHost(), server.getPort());
        PostgresSettings d = PostgresSettings.DEFAULTS;
        PostgresSettings viaProxy = new PostgresSettings("jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath(), direct.user(),
                direct.password(), 3, Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1), d.prepareThreshold(), "public",
                d.groupCommitMax());
        store = PostgresStore.open(viaProxy);
    }

    @AfterEach
    void close() {
        proxy.restore();
        store.close();
        proxy.close();
    }

    @Test
    void a_cut_database_fails_every_call_fast_loses_nothing_acknowledged_and_is_used_again_once_back() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 3);
        store.eventLog().append(g, 0, events.subList(0, 3));

        proxy.cut();

        unavailable(() -> store.eventLog().append(g, 3, events.subList(3, 4)));
        unavailable(() -> store.eventLog().lastSeq(g));
        unavailable(() -> store.eventLog().readAll(0, 10));
        unavailable(() -> store.snapshots().save(SampleGames.game(g, 3).memento()));
        unavailable(() -> store.relayCheckpoint().save(unique("relay"), 1));
        unavailable(() -> store.matchEventLog().append(MatchEventLogContract.matchCreated(unique("m"))));
        unavailable(() -> store.ratings().find(unique("p"), RatingPool.BLITZ));
        unavailable(() -> store.leaderboards().size(RatingPool.BLITZ));
        unavailable(() -> store.matchRetryQueue().size());

        proxy.restore();

        appendOnceBack(g, 3, events.subList(3, 5));
        assertThat(TestDatabase.shared().eventLog().readAfter(g, 0)).as("what was acknowledged, and only that").isEqualTo(events.subList(0, 5));
        assertThat(store.eventLog().lastSeq(g)).isEqualTo(5);
    }

    @Test
    void a_silent_network_times_statements_out_and_the_store_recovers_when_it_speaks_again() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 2);
        store.eventLog().append(g, 0, events.subList(0, 2));

        proxy.freeze();

        unavailable(() -> store.eventLog().append(g, 2, events.subList(2, 3)));
        unavailable(() -> store.eventLog().readAfter(g, 0));

        proxy.restore();

        // an append that timed out may still land once the network speaks again (its outcome was unknown to
        // its caller, as after any lost answer): like the move pipeline, go on from the seq the log has
        awaitBack(() -> {
            long last = store.eventLog().lastSeq(g);
            if (last < 4) store.eventLog().append(g, last, events.subList((int) last, 4));
            return last;
        });
        assertThat(TestDatabase.shared().eventLog().readAfter(g, 0)).as("seq gapless from 1, every acknowledged event there")
                .isEqualTo(events.subList(0, 4));
    }

    private static void unavailable(Executable call) {
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(call::execute).isInstanceOf(StoreUnavailableException.class));
    }

    /** Retries the append until the database is back and takes it. */
    private void appendOnceBack(String g, long expectedSeq, List<EventEnvelope> events) {
        awaitBack(() -> {
            store.eventLog().append(g, expectedSeq, events);
            return expectedSeq + events.size();
        });
    }

    /** Retries the call until it no longer finds the store unavailable; returns its answer. */
    private static long awaitBack(java.util.function.LongSupplier call) {
        long[] answer = new long[1];
        Eventually.await(RECOVERY, () -> {
            try {
                answer[0] = call.getAsLong();
                return true;
            } catch (StoreUnavailableException | EventLogConflictException stillSettling) {
                return false;
            }
        }, "the store to serve again");
        return answer[0];
    }
}
