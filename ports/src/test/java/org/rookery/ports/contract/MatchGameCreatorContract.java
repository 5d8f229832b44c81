package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.clock.TimeControl;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.MatchGameRequest;

/** What every {@link MatchGameCreator} must do. Extend it once per adapter. */
public abstract class MatchGameCreatorContract {

    protected abstract MatchGameCreator newCreator();

    /** The players seated in the game, as "white,black", to check the creator seated them right. */
    protected abstract String seatsOf(String gameId);

    /** Releases what the adapter took (connections, keys); nothing by default. */
    protected void cleanUp() {}

    private MatchGameCreator creator;

    @BeforeEach
    void createTheAdapter() {
        creator = newCreator();
    }

    @AfterEach
    void releaseTheAdapter() {
        cleanUp();
    }

    private static MatchGameRequest request(String matchId, String white, String black) {
        return new MatchGameRequest(matchId, white, black, new TimeControl(180_000, 2_000), true);
    }

    @Test
    void a_match_gets_a_game_with_both_players_seated() {
        String gameId = creator.createGame(request(unique("m"), "alice", "bob"));
        assertThat(seatsOf(gameId)).isEqualTo("alice,bob");
    }

    @Test
    void asking_again_for_the_same_match_returns_the_same_game() {
        String match = unique("m");
        String first = creator.createGame(request(match, "alice", "bob"));
        assertThat(creator.createGame(request(match, "alice", "bob"))).isEqualTo(first);
        assertThat(seatsOf(first)).isEqualTo("alice,bob");
    }

    @Test
    void different_matches_get_different_games() {
        String first = creator.createGame(request(unique("m"), "alice", "bob"));
        String second = creator.createGame(request(unique("m"), "carol", "dave"));
        assertThat(first).isNotEqualTo(second);
        assertThat(seatsOf(second)).isEqualTo("carol,dave");
    }
}
