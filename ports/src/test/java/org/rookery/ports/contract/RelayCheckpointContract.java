package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.ports.contract.ContractIds.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.ports.out.RelayCheckpoint;

/** What every {@link RelayCheckpoint} must do. Extend it once per adapter; tests use relay names of their own. */
public abstract class RelayCheckpointContract {

    protected abstract RelayCheckpoint newCheckpoint();

    /** A second view of the same store (another process's connection), to prove a position is stored, not cached. */
    protected abstract RelayCheckpoint sameStoreElsewhere();

    protected void cleanUp() {}

    private RelayCheckpoint checkpoint;

    @BeforeEach
    void createTheCheckpoint() {
        checkpoint = newCheckpoint();
    }

    @AfterEach
    void release() {
        cleanUp();
    }

    @Test
    void a_relay_without_a_checkpoint_starts_at_zero() {
        assertThat(checkpoint.position(unique("relay"))).isZero();
    }

    @Test
    void a_saved_position_is_read_back_from_the_store() {
        String relay = unique("relay");
        checkpoint.save(relay, 42);
        assertThat(checkpoint.position(relay)).isEqualTo(42);
        assertThat(sameStoreElsewhere().position(relay)).isEqualTo(42);
    }

    @Test
    void a_checkpoint_never_moves_back_and_relays_are_apart() {
        String relay = unique("relay"), other = unique("other");
        checkpoint.save(relay, 100);
        checkpoint.save(relay, 60);
        checkpoint.save(relay, 100);
        checkpoint.save(other, 7);
        assertThat(checkpoint.position(relay)).isEqualTo(100);
        assertThat(checkpoint.position(other)).isEqualTo(7);
    }

    @Test
    void a_negative_position_is_refused() {
        String relay = unique("relay");
        assertThatThrownBy(() -> checkpoint.save(relay, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(checkpoint.position(relay)).isZero();
    }

    @Test
    void racing_saves_keep_the_highest_position() throws Exception {
        String relay = unique("relay");
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> saves = new ArrayList<>();
            for (int p = 1; p <= 200; p++) {
                long position = p;
                saves.add(pool.submit(() -> checkpoint.save(relay, position)));
            }
            for (Future<?> f : saves) f.get();
        }
        assertThat(checkpoint.position(relay)).isEqualTo(200);
    }
}
