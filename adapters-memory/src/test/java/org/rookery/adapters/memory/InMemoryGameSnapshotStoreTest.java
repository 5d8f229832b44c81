package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.GameSnapshotStoreContract;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.GameSnapshotStore;

class InMemoryGameSnapshotStoreTest extends GameSnapshotStoreContract {
    @Override
    protected GameSnapshotStore newStore() {
        return new InMemoryGameSnapshotStore();
    }

    @Test
    void a_forgotten_game_has_no_snapshot_and_the_others_keep_theirs() {
        InMemoryGameSnapshotStore store = new InMemoryGameSnapshotStore();
        store.save(SampleGames.game("done", 4).memento());
        store.save(SampleGames.game("live", 2).memento());

        store.forget("done");

        assertThat(store.latest("done")).isEmpty();
        assertThat(store.latest("live")).isPresent();
        assertThat(store.size()).isEqualTo(1);
    }
}
