package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameMemento;
import org.rookery.ports.out.GameSnapshotStore;

/** What every {@link GameSnapshotStore} must do. Extend it once per adapter. */
public abstract class GameSnapshotStoreContract {

    protected abstract GameSnapshotStore newStore();

    private final GameSnapshotStore store = newStore();

    @Test
    void the_latest_snapshot_comes_back_equal_and_restores_the_game() {
        Game game = SampleGames.game("g1", 9);
        store.save(game.memento());
        GameMemento back = store.latest("g1").orElseThrow();
        assertThat(back).isEqualTo(game.memento());
        assertThat(Game.restore(back).memento()).isEqualTo(game.memento());
    }

    @Test
    void a_newer_snapshot_replaces_an_older_one_but_not_the_reverse() {
        GameMemento older = SampleGames.game("g1", 2).memento(), newer = SampleGames.game("g1", 6).memento();
        store.save(older);
        store.save(newer);
        assertThat(store.latest("g1")).contains(newer);
        store.save(older);
        assertThat(store.latest("g1")).contains(newer);
    }

    @Test
    void an_unknown_game_has_no_snapshot_and_games_do_not_mix() {
        store.save(SampleGames.game("a", 1).memento());
        assertThat(store.latest("nope")).isEmpty();
        assertThat(store.latest("a").orElseThrow().gameId()).isEqualTo("a");
    }
}
