package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.game.Game;
import org.rookery.ports.out.ActiveGameCache;

/** What every {@link ActiveGameCache} must do. Extend it once per adapter. */
public abstract class ActiveGameCacheContract {

    protected abstract ActiveGameCache newCache();

    /** Releases what the adapter took (connections, keys); nothing by default. */
    protected void cleanUp() {}

    private ActiveGameCache cache;

    @BeforeEach
    void createTheAdapter() {
        cache = newCache();
    }

    @AfterEach
    void releaseTheAdapter() {
        cleanUp();
    }

    @Test
    void a_cached_game_is_found_until_removed() {
        String id = unique("g");
        int before = cache.size();
        Game game = SampleGames.game(id, 3);
        cache.put(game);
        assertThat(cache.find(id)).hasValueSatisfying(g -> assertThat(g.memento()).isEqualTo(game.memento()));
        assertThat(cache.size()).isEqualTo(before + 1);
        cache.remove(id);
        assertThat(cache.find(id)).isEmpty();
        assertThat(cache.size()).isEqualTo(before);
    }

    @Test
    void putting_a_game_again_replaces_it_and_removing_an_absent_game_is_harmless() {
        String id = unique("g");
        int before = cache.size();
        cache.put(SampleGames.game(id, 1));
        Game later = SampleGames.game(id, 5);
        cache.put(later);
        assertThat(cache.find(id).orElseThrow().seq()).isEqualTo(later.seq());
        cache.remove(unique("absent"));
        assertThat(cache.size()).isEqualTo(before + 1);
    }
}
