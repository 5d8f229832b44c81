package org.rookery.application.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.application.testkit.LiveGameKit.ALICE;
import static org.rookery.application.testkit.LiveGameKit.BOB;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;

/** The whole platform in one process: create, join, play to mate, watch, publish, replay. */
class LiveGameServiceScenarioTest {
    static final String[] OPERA_GAME = {
        "e2e4", "e7e5", "g1f3", "d7d6", "d2d4", "c8g4", "d4e5", "g4f3", "d1f3", "d6e5", "f1c4", "g8f6",
        "f3b3", "d8e7", "b1c3", "c7c6", "c1g5", "b7b5", "c3b5", "c6b5", "c4b5", "b8d7", "e1c1", "a8d8",
        "d1d7", "d8d7", "h1d1", "e7e6", "b5d7", "f6d7", "b3b8", "d7b8", "d1d8"
    };

    private final LiveGameKit kit = new LiveGameKit();

    @Test
    void create_join_play_to_checkmate_then_replay_the_events_into_an_identical_game() {
        GameView created = accepted(kit.service.create(ALICE, org.rookery.domain.game.GameSetup.standard(180_000, 2_000,
                org.rookery.domain.game.ColorChoice.WHITE, true)));
        assertThat(created.status()).isEqualTo(Lifecycle.WAITING_FOR_OPPONENT);
        String id = created.gameId();
        List<EventEnvelope> watched = new CopyOnWriteArrayList<>();
        accepted(kit.service.watch(id, 0, watched::add));
        assertThat(accepted(kit.service.join(id, BOB)).status()).isEqualTo(Lifecycle.IN_PROGRESS);

        kit.play(id, OPERA_GAME);

        GameView end = accepted(kit.service.game(id));
        assertThat(end.status()).isEqualTo(Lifecycle.ENDED);
        assertThat(end.result()).isEqualTo(GameResult.WHITE_WINS);
        assertThat(end.reason()).isEqualTo(EndReason.CHECKMATE);
        assertThat(end.moves()).containsExactly(OPERA_GAME);
        List<EventEnvelope> log = kit.events(id);
        assertThat(log).hasSize(2 + OPERA_GAME.length + 1);
        assertThat(log).extracting(EventEnvelope::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(log).allMatch(e -> !e.correlationId().isEmpty());
        assertThat(watched).as("the watcher saw every event in order").isEqualTo(log);
        assertThat(((GameEnded) log.getLast().payload()).pgn()).isEqualTo(accepted(kit.service.pgn(id)));

        Game replayed = Game.replay(log);
        assertThat(replayed.memento()).isEqualTo(kit.snapshots.latest(id).orElseThrow());
        assertThat(replayed.view(kit.time.now())).isEqualTo(end);
        assertThat(kit.cache.find(id)).as("a finished game leaves memory").isEmpty();

        kit.platform.relayAll();
        assertThat(kit.bus.published()).isEqualTo(log);
    }
}
