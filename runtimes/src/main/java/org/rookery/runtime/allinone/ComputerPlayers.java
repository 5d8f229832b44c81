package org.rookery.runtime.allinone;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Optional;
import java.util.Random;
import org.rookery.adapters.http.usecase.ComputerApi;
import org.rookery.adapters.memory.InMemoryOpeningBook;
import org.rookery.adapters.memory.InMemoryPositionAnalyst;
import org.rookery.adapters.uci.EngineCommand;
import org.rookery.adapters.uci.EnginePoolCounters;
import org.rookery.adapters.uci.EnginePoolSettings;
import org.rookery.adapters.uci.UciPositionAnalyst;
import org.rookery.application.analysis.PositionAnalysisService;
import org.rookery.application.bot.BotChallengeService;
import org.rookery.application.game.LiveGameService;
import org.rookery.bot.BotCounters;
import org.rookery.bot.BotSettings;
import org.rookery.bot.BotUseCases;
import org.rookery.bot.Bots;
import org.rookery.bot.FallbackBotOpponents;
import org.rookery.ports.out.OpeningBook;
import org.rookery.ports.out.TimeSource;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.PositionAnalyst;

/**
 * Playing the computer in the all-in-one runtime: the UCI engine pool when an engine is found or
 * configured, the bots that play live games through the use cases, the services behind the HTTP
 * routes (challenges, analyses) and their metrics. Without an engine the bots play book-then-random
 * moves and analyses answer 503 — or, when configured, both use the in-memory search — and
 * {@link #startupLine()} says which. No opening book file is read yet: the book is empty.
 * {@link #close()} stops the bots, then the engines. Thread-safe once built.
 */
final class ComputerPlayers implements AutoCloseable {
    /** What answers call the engine when there is none: bots play random legal moves. */
    static final String NO_ENGINE = "random";
    static final String IN_MEMORY = "in-memory";
    private final Optional<UciPositionAnalyst> pool;
    private final Bots bots;
    private final String engine;
    private final String startupLine;
    private final ComputerApi api;

    private ComputerPlayers(Optional<UciPositionAnalyst> pool, Bots bots, String engine, String startupLine, ComputerApi api) {
        this.pool = pool;
        this.bots = bots;
        this.engine = engine;
        this.startupLine = startupLine;
        this.api = api;
    }

    static ComputerPlayers start(Configuration config, LiveGameService live, TimeSource time, PrometheusRegistry registry) {
        EngineSettingsReader.EngineChoice choice = EngineSettingsReader.engine(config);
        EngineSettingsReader.Fallback fallback = EngineSettingsReader.fallback(config);
        BotSettings botSettings = EngineSettingsReader.bots(config);
        BotCounters botCounters = new BotCounters();
        OpeningBook book = InMemoryOpeningBook.empty();
        BotUseCases games = BotUseCases.of(live);
        Optional<UciPositionAnalyst> pool = Optional.empty();
        PositionAnalyst analyst;
        Bots bots;
        String engine, line;
        if (choice.engine().isPresent()) {
            EngineCommand command = choice.engine().get();
            EnginePoolSettings settings = EngineSettingsReader.pool(config, command);
            EnginePoolCounters poolCounters = new EnginePoolCounters();
            UciPositionAnalyst started = UciPositionAnalyst.start(settings, poolCounters);
            pool = Optional.of(started);
            analyst = started;
            bots = new Bots(games, started, book, botSettings, time, new Random(), botCounters);
            engine = command.name();
            line = "bots (levels 1-8) and analysis play on " + engine + " (" + command.command().getFirst() + ", " + settings.size()
                    + (settings.size() == 1 ? " process)" : " processes)");
            ComputerMetrics.registerEngine(registry, started, poolCounters);
        } else if (fallback == EngineSettingsReader.Fallback.MEMORY) {
            analyst = new InMemoryPositionAnalyst();
            bots = new Bots(games, analyst, book, botSettings, time, new Random(), botCounters);
            engine = IN_MEMORY;
            line = "no chess engine (" + choice.whyNone() + "): bots and analysis use the in-memory search (material only, depth 4 at most), "
                    + "not a real engine";
        } else {
            analyst = request -> {
                throw new EngineUnavailableException("no chess engine is installed on this server");
            };
            bots = Bots.withoutEngine(games, book, botSettings, time, new Random(), botCounters);
            engine = NO_ENGINE;
            line = "no chess engine (" + choice.whyNone() + "): bots play random legal moves only, analysis answers 503 unavailable";
        }
        ComputerMetrics.registerBots(registry, bots, botCounters, engine);
        ComputerApi api = new ComputerApi(new BotChallengeService(live, live, new FallbackBotOpponents(bots, engine)),
                new PositionAnalysisService(analyst, engine, EngineSettingsReader.analysisTimeout(config)));
        return new ComputerPlayers(pool, bots, engine, line, api);
    }

    /** What the bots and analyses think with, as answers name it: {@code stockfish}, {@code in-memory} or {@code random}. */
    String engine() {
        return engine;
    }

    /** The start-up line that says whether the bots have an engine. */
    String startupLine() {
        return startupLine;
    }

    ComputerApi api() {
        return api;
    }

    @Override
    public void close() {
        bots.close();
        pool.ifPresent(UciPositionAnalyst::close);
    }
}
