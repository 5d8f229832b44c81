package org.rookery.bot;

import java.util.Map;
import java.util.Random;
import org.rookery.adapters.memory.InMemoryOpeningBook;
import org.rookery.adapters.memory.InMemoryPositionAnalyst;
import org.rookery.ports.contract.BotOpponentsContract;
import org.rookery.ports.out.BotOpponents;

/** The bots of this module as the application's computer opponents, on the in-memory engine: the port's contract. */
class FallbackBotOpponentsTest extends BotOpponentsContract {
    private final BotPlatform platform = new BotPlatform();
    private Bots bots;

    @Override
    protected LiveGames games() {
        return LiveGames.of(platform.games);
    }

    @Override
    protected BotOpponents newOpponents() {
        bots = new Bots(platform.useCases(), new InMemoryPositionAnalyst(), new InMemoryOpeningBook(Map.of()), BotSettings.DEFAULTS,
                platform.time, new Random(3), new BotCounters());
        return new FallbackBotOpponents(bots, "in-memory");
    }

    @Override
    protected void cleanUp() {
        bots.close();
    }
}
