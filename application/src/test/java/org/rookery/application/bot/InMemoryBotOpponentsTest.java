package org.rookery.application.bot;

import java.util.Random;
import org.rookery.adapters.memory.InMemoryBotOpponents;
import org.rookery.application.testkit.LiveGameKit;
import org.rookery.ports.contract.BotOpponentsContract;
import org.rookery.ports.out.BotOpponents;

/** The testers' random-move bots (adapters-memory) on the live-game service: the port's contract. */
class InMemoryBotOpponentsTest extends BotOpponentsContract {
    private final LiveGameKit live = new LiveGameKit();
    private InMemoryBotOpponents bots;

    @Override
    protected LiveGames games() {
        return LiveGames.of(live.service);
    }

    @Override
    protected BotOpponents newOpponents() {
        bots = InMemoryBotOpponents.on(live.service, new Random(5));
        return bots;
    }

    @Override
    protected void cleanUp() {
        bots.close();
    }
}
