package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairingHistoryTest {

    private static final PlayerId ALICE = new PlayerId("alice");
    private static final PlayerId BOB = new PlayerId("bob");
    private static final PlayerId CAROL = new PlayerId("carol");

    @Test
    void remembers_each_players_last_opponent() {
        var history = new PairingHistory(PairingConfig.defaults());
        history.recordGame(ALICE, BOB);
        history.recordGame(CAROL, ALICE);

        assertThat(history.lastOpponent(ALICE)).contains(CAROL);
        assertThat(history.lastOpponent(BOB)).contains(ALICE);
        assertThat(history.lastOpponent(new PlayerId("dan"))).isEmpty();
    }

    @Test
    void counts_whites_minus_blacks_over_the_recent_games_only() {
        var history = new PairingHistory(new PairingConfig(50, 10, 500, 3, 100));
        history.recordGame(ALICE, BOB);
        history.recordGame(ALICE, BOB);
        assertThat(history.colorBalance(ALICE)).isEqualTo(2);
        assertThat(history.colorBalance(BOB)).isEqualTo(-2);

        history.recordGame(BOB, ALICE);
        history.recordGame(BOB, ALICE);
        history.recordGame(BOB, ALICE);

        assertThat(history.colorBalance(ALICE)).as("the two early Whites are forgotten").isEqualTo(-3);
        assertThat(history.colorBalance(BOB)).isEqualTo(3);
        assertThat(history.colorBalance(CAROL)).isZero();
    }

    @Test
    void forgets_the_older_half_once_beyond_its_capacity() {
        PlayerId dan = new PlayerId("dan");
        PlayerId erin = new PlayerId("erin");
        var history = new PairingHistory(new PairingConfig(50, 10, 500, 10, 4));
        history.recordGame(ALICE, BOB);
        history.recordGame(CAROL, dan);
        assertThat(history.size()).isEqualTo(4);

        history.recordGame(erin, BOB);

        assertThat(history.size()).isEqualTo(2);
        assertThat(history.lastOpponent(ALICE)).isEmpty();
        assertThat(history.lastOpponent(CAROL)).isEmpty();
        assertThat(history.lastOpponent(BOB)).contains(erin);
        assertThat(history.lastOpponent(erin)).contains(BOB);
        assertThat(history.colorBalance(BOB)).as("Bob's colours survive with him").isEqualTo(-2);
    }

    @Test
    void rejects_a_game_against_oneself() {
        var history = new PairingHistory(PairingConfig.defaults());

        assertThatThrownBy(() -> history.recordGame(ALICE, ALICE)).isInstanceOf(InvalidMatchmakingException.class);
    }
}
