package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/** What every {@link Scheduler} must do. Extend it once per adapter, saying how time passes for it. */
public abstract class SchedulerContract {

    protected abstract Scheduler scheduler();

    /** The time source the scheduler measures due times with. */
    protected abstract TimeSource time();

    /** Lets time pass until the condition holds (advancing a manual clock and running due tasks, or waiting for real). */
    protected abstract void passTimeUntil(java.util.function.BooleanSupplier condition, String what);

    @Test
    void a_task_runs_once_its_time_has_come_and_not_before() {
        List<String> ran = new CopyOnWriteArrayList<>();
        scheduler().schedule(time().now().plus(Duration.ofHours(1)), () -> ran.add("in an hour"));
        scheduler().schedule(time().now().plus(Duration.ofMillis(50)), () -> ran.add("soon"));
        passTimeUntil(() -> !ran.isEmpty(), "the task to run");
        assertThat(ran).containsExactly("soon");
    }

    @Test
    void a_cancelled_task_never_runs() {
        List<String> ran = new CopyOnWriteArrayList<>();
        // due well after the cancel even on a starved machine, and before the task the test waits for
        Scheduler.Cancellable cancelled = scheduler().schedule(time().now().plus(Duration.ofMillis(500)), () -> ran.add("cancelled"));
        cancelled.cancel();
        scheduler().schedule(time().now().plus(Duration.ofMillis(600)), () -> ran.add("later"));
        passTimeUntil(() -> ran.contains("later"), "the later task");
        assertThat(ran).containsExactly("later");
    }

    @Test
    void a_task_due_in_the_past_runs_as_soon_as_possible() {
        List<String> ran = new CopyOnWriteArrayList<>();
        scheduler().schedule(time().now().minus(Duration.ofSeconds(5)), () -> ran.add("overdue"));
        passTimeUntil(() -> !ran.isEmpty(), "the overdue task");
        assertThat(ran).containsExactly("overdue");
    }
}
