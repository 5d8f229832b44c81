package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.TimeControl;

class PlayerCardTest {

    @Test
    void knows_the_last_opponent_by_id_whichever_instance_names_them() {
        PlayerCard alice = new PlayerCard(new PlayerId("alice"));
        PlayerCard bob = new PlayerCard(new PlayerId("bob"));
        alice.recordGame(bob, true, 10, 1);

        assertThat(alice.lastPlayed(bob)).isTrue();
        assertThat(alice.lastPlayed(new PlayerCard(new PlayerId("bob")))).as("bob under a new card, as after being forgotten").isTrue();
        assertThat(bob.lastPlayed(alice)).as("only alice's game was recorded").isFalse();
    }

    @Test
    void tells_apart_players_whose_ids_share_a_hash() {
        PlayerId aa = new PlayerId("Aa");
        PlayerId bb = new PlayerId("BB");
        assertThat(aa.hashCode()).isEqualTo(bb.hashCode());
        PlayerCard carol = new PlayerCard(new PlayerId("carol"));
        carol.recordGame(new PlayerCard(aa), false, 10, 1);

        assertThat(carol.lastPlayed(new PlayerCard(bb))).isFalse();
        assertThat(carol.lastPlayed(new PlayerCard(new PlayerId("Aa")))).isTrue();
    }

    @Test
    void counts_colours_over_its_memory_and_forgets_them_all_at_once() {
        PlayerCard alice = new PlayerCard(new PlayerId("alice"));
        PlayerCard bob = new PlayerCard(new PlayerId("bob"));
        alice.recordGame(bob, true, 2, 1);
        alice.recordGame(bob, true, 2, 2);
        alice.recordGame(bob, false, 2, 3);

        assertThat(alice.colorBalance()).as("White then Black in the last two").isZero();
        assertThat(alice.lastRecorded()).isEqualTo(3);

        alice.forgetGames();

        assertThat(alice.remembersGames()).isFalse();
        assertThat(alice.lastPlayed(bob)).isFalse();
        assertThat(alice.colorBalance()).isZero();
        assertThat(alice.blank()).isTrue();
    }

    @Test
    void a_waiting_card_is_not_blank() {
        PlayerCard alice = new PlayerCard(new PlayerId("alice"));
        new PoolLine().add(alice, new QueueEntry(alice.id(), MatchPool.rated(TimeControl.of(3, 2)), 1500, Instant.EPOCH));

        assertThat(alice.waiting()).isTrue();
        assertThat(alice.blank()).isFalse();
    }
}
