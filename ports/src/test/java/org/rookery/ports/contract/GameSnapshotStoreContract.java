package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameMemento;
import org.rookery.ports.out.GameSnapshotStore;

/**
 * What every {@link GameSnapshotStore} must do. Extend it once per adapter. Every test uses games
 * of its own: the store may be shared with other tests running at the same time.
 */
public abstract class GameSnapshotStoreContract {

    /** The store under test; it may already hold other tests' snapshots. */
    protected abstract GameSnapshotStore newStore();

    /** Releases what {@link #newStore()} took; nothing by default. */
    protected void cleanUp() {}

    private GameSnapshotStore store;

    @BeforeEach
    void createTheStore() {
        store = newStore();
    }

    @AfterEach
    void releaseTheStore() {
        cleanUp();
    }

    @Test
    void the_latest_snapshot_comes_back_equal_and_restores_the_game() {
        String g = unique("g");
        Game game = SampleGames.game(g, 9);
        store.save(game.memento());
        GameMemento back = store.latest(g).orElseThrow();
        assertThat(back).isEqualTo(game.memento());
        assertThat(Game.restore(back).memento()).isEqualTo(game.memento());
    }

    @Test
    void a_newer_snapshot_replaces_an_older_one_but_not_the_reverse() {
        String g = unique("g");
        GameMemento older = SampleGames.game(g, 2).memento(), newer = SampleGames.game(g, 6).memento();
        store.save(older);
        store.save(newer);
        assertThat(store.latest(g)).contains(newer);
        store.save(older);
        assertThat(store.latest(g)).contains(newer);
    }

    @Test
    void an_unknown_game_has_no_snapshot_and_games_do_not_mix() {
        String a = unique("a"), b = unique("b");
        store.save(SampleGames.game(a, 1).memento());
        store.save(SampleGames.game(b, 3).memento());
        assertThat(store.latest(unique("nope"))).isEmpty();
        assertThat(store.latest(a).orElseThrow().gameId()).isEqualTo(a);
        assertThat(store.latest(a).orElseThrow().seq()).isEqualTo(3);
        assertThat(store.latest(b).orElseThrow().seq()).isEqualTo(5);
    }

    @Test
    void racing_saves_of_one_game_keep_the_newest() throws Exception {
        String g = unique("g");
        List<GameMemento> mementos = new ArrayList<>();
        for (int plies = 0; plies <= 10; plies++) mementos.add(SampleGames.game(g, plies).memento());
        java.util.Collections.shuffle(mementos, new java.util.Random(3));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> saves = new ArrayList<>();
            for (GameMemento m : mementos) saves.add(pool.submit(() -> store.save(m)));
            for (Future<?> f : saves) f.get();
        }
        assertThat(store.latest(g).orElseThrow().seq()).isEqualTo(12);
    }
}
