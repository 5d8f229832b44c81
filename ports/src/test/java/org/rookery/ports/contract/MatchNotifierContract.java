package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private final MatchNotifier notifier = newNotifier();

    private static MatchNotice ready(String matchId) {
        return new MatchNotice.GameReady(matchId, "g-" + matchId, Color.WHITE, "bob", new TimeControl(180_000, 2_000), true);
    }

    @Test
    void a_subscriber_gets_the_notices_of_its_user_only() {
        List<MatchNotice> alice = new CopyOnWriteArrayList<>(), bob = new CopyOnWriteArrayList<>();
        notifier.subscribe("alice", alice::add);
        notifier.subscribe("bob", bob::add);
        notifier.notify("alice", ready("m1"));
        notifier.notify("alice", new MatchNotice.MatchCancelled("m2", "refused"));
        Eventually.await(WAIT, () -> alice.size() == 2, "alice's notices");
        assertThat(alice).containsExactly(ready("m1"), new MatchNotice.MatchCancelled("m2", "refused"));
        assertThat(bob).isEmpty();
    }

    @Test
    void a_late_subscriber_first_gets_the_latest_notice() {
        notifier.notify("alice", new MatchNotice.GameDelayed("m1", "bob", Instant.parse("2025-03-01T12:00:00Z")));
        notifier.notify("alice", ready("m1"));
        List<MatchNotice> seen = new CopyOnWriteArrayList<>();
        notifier.subscribe("alice", seen::add);
        Eventually.await(WAIT, () -> !seen.isEmpty(), "the latest notice");
        assertThat(seen).containsExactly(ready("m1"));
    }

    @Test
    void a_closed_subscription_gets_nothing_more_and_a_failing_listener_does_not_stop_the_others() {
        List<MatchNotice> kept = new CopyOnWriteArrayList<>(), closed = new CopyOnWriteArrayList<>();
        notifier.subscribe("alice", n -> {
            throw new IllegalStateException("broken connection");
        });
        Subscription subscription = notifier.subscribe("alice", closed::add);
        notifier.subscribe("alice", kept::add);
        subscription.close();
        notifier.notify("alice", ready("m1"));
        Eventually.await(WAIT, () -> kept.size() == 1, "the healthy listener's notice");
        assertThat(closed).isEmpty();
    }
}
