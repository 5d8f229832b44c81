package org.rookery.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.TimeSource;

/**
 * The live-game platform on in-memory adapters and the system clock (the shared
 * {@link InMemoryPlatform}), for bots to play on. A test fixture; the service is thread-safe.
 */
final class BotPlatform {
    static final Actor ALICE = new Actor("alice", "req-alice");
    private final InMemoryPlatform platform = InMemoryPlatform.system().seed(7).sequentialIds().start();
    final TimeSource time = platform.time;
    final InMemoryGameEventLog log = platform.eventLog;
    final LiveGameService games = platform.live;

    BotUseCases useCases() {
        return BotUseCases.of(games);
    }

    /** A game the creator opened with this colour, waiting for an opponent. */
    String openGame(Actor creator, ColorChoice color, long initialMs, long incrementMs) {
        return accepted(games.create(creator, GameSetup.standard(initialMs, incrementMs, color, false))).gameId();
    }

    GameView view(String gameId) {
        return accepted(games.game(gameId));
    }

    /** The moves played so far, as recorded in the durable log. */
    List<MovePlayed> movesPlayed(String gameId) {
        return log.readAfter(gameId, 0).stream()
                .filter(e -> e.payload() instanceof MovePlayed)
                .map(e -> (MovePlayed) e.payload())
                .toList();
    }

    static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<T>) outcome).value();
    }
}
