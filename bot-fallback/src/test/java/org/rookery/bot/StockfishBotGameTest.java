package org.rookery.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.bot.BotPlatform.ALICE;
import static org.rookery.bot.BotPlatform.accepted;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.adapters.memory.InMemoryOpeningBook;
import org.rookery.adapters.uci.EngineCommand;
import org.rookery.adapters.uci.EnginePoolCounters;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;
import org.rookery.adapters.uci.EnginePoolSettings;
import org.rookery.adapters.uci.UciPositionAnalyst;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.in.Actor;

/**
 * A bot on a real Stockfish pool plays a person through the death of its engine. Skipped when
 * Stockfish is missing, unless the build demands engines ({@code -Drookery.engines.required=true}).
 */
@Timeout(120)
class StockfishBotGameTest {
    private final BotPlatform platform = new BotPlatform();
    private final BotCounters counters = new BotCounters();
    private final EnginePoolCounters poolCounters = new EnginePoolCounters();
    private UciPositionAnalyst pool;
    private Bots bots;

    @AfterEach
    void stop() {
        if (bots != null) bots.close();
        if (pool != null) pool.close();
    }

    @Test
    void a_bot_plays_on_through_the_death_of_its_engine_and_never_needs_a_random_move() {
        pool = UciPositionAnalyst.start(EnginePoolSettings.defaults(stockfish(), 1), poolCounters);
        bots = new Bots(platform.useCases(), pool, new InMemoryOpeningBook(Map.of()), BotSettings.DEFAULTS, platform.time, new Random(2), counters);
        String gameId = platform.openGame(ALICE, ColorChoice.WHITE, 600_000, 0);
        accepted(bots.join(gameId, new Actor("bot-level-2", "bot"), BotLevel.of(2)));
        ScriptedPlayer alice = new ScriptedPlayer(platform, ALICE, new Random(21), List.of("e2e4"));

        alice.playUntil(gameId, 1_000, 8);
        Eventually.await(Duration.ofSeconds(20), () -> platform.view(gameId).moves().size() >= 8 || platform.view(gameId).status().isTerminal(), "four bot moves");
        ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("stockfish")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        GameView end = alice.playToTheEnd(gameId, 200);

        assertThat(end.status()).isEqualTo(Lifecycle.ENDED);
        assertThat(poolCounters.replacementCount(Replacement.CRASHED)).isEqualTo(1);
        long botMoves = platform.movesPlayed(gameId).stream().filter(m -> m.ply() % 2 == 0).count();
        // The bot counts a move once the pipeline answered it, a moment after the game may have ended.
        Eventually.await(Duration.ofSeconds(10), () -> counters.moveCount(MoveSource.ENGINE) == botMoves, botMoves + " engine moves counted");
        assertThat(counters.moveCount(MoveSource.RANDOM)).isZero();
    }

    private static EngineCommand stockfish() {
        return EngineCommand.locate("stockfish").orElseGet(() -> {
            String message = "Stockfish is not installed; install it with scripts/install-engines.sh (as root: apt-get install -y stockfish)";
            if (Boolean.getBoolean("rookery.engines.required")) Assertions.fail("the engine tests are required but " + message);
            Assumptions.abort("engine test skipped: " + message);
            return null;
        });
    }
}
