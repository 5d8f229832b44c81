package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rookery.domain.game.Game;
import org.rookery.ports.out.ActiveGameCache;

/** What every {@link ActiveGameCache} must do. Extend it once per adapter. */
public abstract class ActiveGameCacheContract {

    protected abstract ActiveGameCache newCache();

    private final ActiveGameCache cache = newCache();

    @Test
    void a_cached_game_is_found_until_removed() {
        Game game = SampleGames.game("g1", 3);
        cache.put(game);
        assertThat(cache.find("g1")).hasValueSatisfying(g -> assertThat(g.memento()).isEqualTo(game.memento()));
        assertThat(cache.size()).isEqualTo(1);
        cache.remove("g1");
        assertThat(cache.find("g1")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void putting_a_game_again_replaces_it_and_removing_an_absent_game_is_harmless() {
        cache.put(SampleGames.game("g1", 1));
        Game later = SampleGames.game("g1", 5);
        cache.put(later);
        assertThat(cache.find("g1").orElseThrow().seq()).isEqualTo(later.seq());
        cache.remove("absent");
        assertThat(cache.size()).isEqualTo(1);
    }
}
