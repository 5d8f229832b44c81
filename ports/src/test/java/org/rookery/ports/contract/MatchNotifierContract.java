package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.ports.out.notice.MatchNotice;
import org.rookery.ports.out.MatchNotifier;
import org.rookery.ports.out.Subscription;

/** What every {@link MatchNotifier} must do. Extend it once per adapter; delivery may be asynchronous. */
public abstract class MatchNotifierContract {
    private static final Duration WAIT = Duration.ofSeconds(5);

    protected abstract MatchNotifier newNotifier();

    /** Releases what the adapter took (connections, keys); nothing by default. */
    protected void cleanUp() {}

    private MatchNotifier notifier;

    @BeforeEach
    void createTheAdapter() {
        notifier = newNotifier();
    }

    @AfterEach
    void releaseTheAdapter() {
        cleanUp();
    }

    private static MatchNotice ready(String matchId) {
        return new MatchNotice.GameReady(matchId, "g-" + matchId, Color.WHITE, "bob", new TimeControl(180_000, 2_000), true);
    }

    @Test
    void a_subscriber_gets_the_notices_of_its_user_only() {
        String a = unique("alice"), b = unique("bob");
        List<MatchNotice> alice = new CopyOnWriteArrayList<>(), bob = new CopyOnWriteArrayList<>();
        notifier.subscribe(a, alice::add);
        notifier.subscribe(b, bob::add);
        notifier.notify(a, ready("m1"));
        notifier.notify(a, new MatchNotice.MatchCancelled("m2", "refused"));
        Eventually.await(WAIT, () -> alice.size() == 2, "alice's notices");
        assertThat(alice).containsExactly(ready("m1"), new MatchNotice.MatchCancelled("m2", "refused"));
        assertThat(bob).isEmpty();
    }

    @Test
    void a_late_subscriber_first_gets_the_latest_notice() {
        String a = unique("alice");
        notifier.notify(a, new MatchNotice.GameDelayed("m1", "bob", Instant.parse("2025-03-01T12:00:00Z")));
        notifier.notify(a, ready("m1"));
        List<MatchNotice> seen = new CopyOnWriteArrayList<>();
        notifier.subscribe(a, seen::add);
        Eventually.await(WAIT, () -> !seen.isEmpty(), "the latest notice");
        assertThat(seen).containsExactly(ready("m1"));
    }

    @Test
    void a_closed_subscription_gets_nothing_more_and_a_failing_listener_does_not_stop_the_others() {
        List<MatchNotice> kept = new CopyOnWriteArrayList<>(), closed = new CopyOnWriteArrayList<>();
        String a = unique("alice");
        notifier.subscribe(a, n -> {
            throw new IllegalStateException("broken connection");
        });
        Subscription subscription = notifier.subscribe(a, closed::add);
        notifier.subscribe(a, kept::add);
        subscription.close();
        notifier.notify(a, ready("m1"));
        Eventually.await(WAIT, () -> kept.size() == 1, "the healthy listener's notice");
        assertThat(kept).containsExactly(ready("m1"));
        assertThat(closed).isEmpty();
    }
}
