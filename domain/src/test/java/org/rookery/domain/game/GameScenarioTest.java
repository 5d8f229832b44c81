package org.rookery.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.domain.game.GameTable.ALICE;
import static org.rookery.domain.game.GameTable.BOB;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MovePlayed;

class GameScenarioTest {
    // Morphy v Duke of Brunswick and Count Isouard, Paris 1858 (the "Opera game").
    static final String[] OPERA_GAME = {
        "e2e4", "e7e5", "g1f3", "d7d6", "d2d4", "c8g4", "d4e5", "g4f3", "d1f3", "d6e5", "f1c4", "g8f6",
        "f3b3", "d8e7", "b1c3", "c7c6", "c1g5", "b7b5", "c3b5", "c6b5", "c4b5", "b8d7", "e1c1", "a8d8",
        "d1d7", "d8d7", "h1d1", "e7e6", "b5d7", "f6d7", "b3b8", "d7b8", "d1d8"
    };
    static final String OPERA_SAN = "e4 e5 Nf3 d6 d4 Bg4 dxe5 Bxf3 Qxf3 dxe5 Bc4 Nf6 Qb3 Qe7 Nc3 c6 Bg5 b5 Nxb5 cxb5 "
            + "Bxb5+ Nbd7 O-O-O Rd8 Rxd7 Rxd7 Rd1 Qe6 Bxd7+ Nxd7 Qb8+ Nxb8 Rd8#";

    @Test
    void create_join_play_to_checkmate_and_replay_into_the_same_game() {
        GameTable t = new GameTable().started();
        assertThat(t.game.lifecycle()).isEqualTo(Lifecycle.IN_PROGRESS);

        t.play(1_000, OPERA_GAME);

        GameView end = t.game.view(t.now);
        assertThat(end.status()).isEqualTo(Lifecycle.ENDED);
        assertThat(end.result()).isEqualTo(GameResult.WHITE_WINS);
        assertThat(end.reason()).isEqualTo(EndReason.CHECKMATE);
        assertThat(end.clock().running()).isFalse();
        List<String> sans = t.log.stream().filter(e -> e.payload() instanceof MovePlayed)
                .map(e -> ((MovePlayed) e.payload()).san()).toList();
        assertThat(String.join(" ", sans)).isEqualTo(OPERA_SAN);
        assertThat(t.log).extracting(EventEnvelope::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, t.log.size()).boxed().toList());
        GameEnded ended = (GameEnded) t.log.getLast().payload();
        assertThat(ended.pgn()).contains("[Result \"1-0\"]", "17. Rd8# 1-0", "12. O-O-O Rd8");

        Game replayed = Game.replay(t.log);

        assertThat(replayed.memento()).isEqualTo(t.game.memento());
        assertThat(replayed.view(t.now)).isEqualTo(end);
        assertThat(replayed.pgn()).isEqualTo(t.game.pgn());
    }

    @Test
    void the_clocks_follow_fischer_increment_through_the_game() {
        GameTable t = new GameTable().started();
        t.play(5_000, "e2e4");
        t.play(12_000, "e7e5");
        GameView v = t.game.view(t.now);
        assertThat(v.clock().whiteMs()).isEqualTo(180_000 - 5_000 + 2_000);
        assertThat(v.clock().blackMs()).isEqualTo(180_000 - 12_000 + 2_000);
        t.tick(1_500);
        assertThat(t.game.view(t.now).clock().whiteMs()).as("running side is computed when read").isEqualTo(177_000 - 1_500);
        assertThat(t.game.view(t.now).clock().turn()).isEqualTo(Color.WHITE);
    }

    @Test
    void audit_trail_records_who_did_what_when_and_why_for_each_transition() {
        GameTable t = new GameTable().started();
        t.tick(3_000);
        t.record(t.game.resign(t.as(BOB)));
        assertThat(t.game.auditTrail()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::from, AuditEntry::to, AuditEntry::why)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ALICE, "create", null, Lifecycle.WAITING_FOR_OPPONENT, "created the game"),
                        org.assertj.core.groups.Tuple.tuple(BOB, "join", Lifecycle.WAITING_FOR_OPPONENT, Lifecycle.IN_PROGRESS, "the opponent joined"),
                        org.assertj.core.groups.Tuple.tuple(BOB, "resign", Lifecycle.IN_PROGRESS, Lifecycle.ENDED, "resignation"));
        assertThat(t.game.auditTrail().getLast().at()).isEqualTo(t.now);
        assertThat(t.game.view(t.now).result()).isEqualTo(GameResult.WHITE_WINS);
    }
}
