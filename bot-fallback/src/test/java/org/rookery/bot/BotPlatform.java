package org.rookery.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.rookery.adapters.memory.InMemoryActiveGameCache;
import org.rookery.adapters.memory.InMemoryGameBroadcaster;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.adapters.memory.InMemoryGameSnapshotStore;
import org.rookery.adapters.memory.InMemoryOutbox;
import org.rookery.adapters.memory.ManualScheduler;
import org.rookery.adapters.memory.SequentialIdGenerator;
import org.rookery.adapters.memory.SystemTimeSource;
import org.rookery.application.game.LiveGamePorts;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.game.LiveGameSettings;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.TimeSource;

/**
 * The live-game platform on in-memory adapters and the system clock, for bots to play on. The
 * only place in this module's tests that knows how the live-game service is assembled (adjust it
 * here when the application services move). A test fixture; the service is thread-safe.
 */
final class BotPlatform {
    static final Actor ALICE = new Actor("alice", "req-alice");
    final TimeSource time = new SystemTimeSource();
    final InMemoryGameEventLog log = new InMemoryGameEventLog();
    final LiveGameService games = new LiveGameService(
            new LiveGamePorts(log, new InMemoryGameSnapshotStore(), new InMemoryActiveGameCache(), new InMemoryGameBroadcaster(),
                    new InMemoryOutbox(), time, new SequentialIdGenerator(), new ManualScheduler()),
            LiveGameSettings.DEFAULTS, new Random(7));

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
