package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.contract.SchedulerContract;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

class ExecutorSchedulerTest extends SchedulerContract {
    private final SystemTimeSource time = new SystemTimeSource();
    private final ExecutorScheduler scheduler = new ExecutorScheduler(time);

    @AfterEach
    void stop() {
        scheduler.close();
    }

    @Override
    protected Scheduler scheduler() {
        return scheduler;
    }

    @Override
    protected TimeSource time() {
        return time;
    }

    @Override
    protected void passTimeUntil(BooleanSupplier condition, String what) {
        Eventually.await(Duration.ofSeconds(5), condition, what);
    }

    @Test
    void scheduling_after_close_drops_the_task_instead_of_failing_the_caller() {
        scheduler.close();
        AtomicBoolean ran = new AtomicBoolean();
        Scheduler.Cancellable handle = scheduler.schedule(time.now(), () -> ran.set(true));
        assertThatCode(handle::cancel).doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
