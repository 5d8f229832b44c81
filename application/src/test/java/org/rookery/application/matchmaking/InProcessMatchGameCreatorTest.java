package org.rookery.application.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.InProcessMatchGameCreator;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.ports.contract.MatchGameCreatorContract;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.MatchGameRequest;

class InProcessMatchGameCreatorTest extends MatchGameCreatorContract {
    private LiveGameKit live;

    @Override
    protected MatchGameCreator newCreator() {
        live = new LiveGameKit();
        return new InProcessMatchGameCreator(live.service, live.service);
    }

    @Override
    protected String seatsOf(String gameId) {
        GameView game = accepted(live.service.game(gameId));
        assertThat(game.status()).isEqualTo(Lifecycle.IN_PROGRESS);
        return game.white() + "," + game.black();
    }

    @Test
    void a_retry_after_a_failed_join_joins_the_game_already_created() {
        AtomicInteger joins = new AtomicInteger();
        MatchGameCreator flaky = new InProcessMatchGameCreator(live.service, (gameId, player) -> {
            if (joins.incrementAndGet() == 1) throw new IllegalStateException("node restarting");
            return live.service.join(gameId, player);
        });
        MatchGameRequest request = new MatchGameRequest("m9", "alice", "bob", new TimeControl(60_000, 0), false);
        assertThatThrownBy(() -> flaky.createGame(request))
                .isInstanceOfSatisfying(GameCreationException.class, e -> assertThat(e.retryable()).isTrue());
        String gameId = flaky.createGame(request);
        assertThat(seatsOf(gameId)).isEqualTo("alice,bob");
        assertThat(gameId).isEqualTo("g-1");
    }

    @Test
    void a_request_the_live_game_refuses_is_refused_for_good() {
        MatchGameCreator creator = new InProcessMatchGameCreator((actor, setup) -> live.service.create(actor,
                new org.rookery.domain.game.GameSetup(setup.initialMs(), setup.incrementMs(), setup.color(), setup.rated(), "bad fen")), live.service);
        assertThatThrownBy(() -> creator.createGame(new MatchGameRequest("m1", "alice", "bob", new TimeControl(60_000, 0), true)))
                .isInstanceOfSatisfying(GameCreationException.class, e -> assertThat(e.retryable()).isFalse());
    }
}
