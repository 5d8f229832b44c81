package org.rookery.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rookery.adapters.memory.InMemoryOpeningBook;
import org.rookery.adapters.memory.SystemTimeSource;
import org.rookery.adapters.uci.EngineCommand;
import org.rookery.adapters.uci.EnginePoolListener;
import org.rookery.adapters.uci.EnginePoolSettings;
import org.rookery.adapters.uci.UciPositionAnalyst;
import org.rookery.bot.BotLevel;
import org.rookery.bot.BotMetrics;
import org.rookery.bot.BotMove;
import org.rookery.bot.BotSettings;
import org.rookery.bot.BotTurn;
import org.rookery.bot.BotUseCases;
import org.rookery.bot.Bots;
import org.rookery.bot.MoveSource;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;

/**
 * How long a bot takes to choose a move at each level, with {@code games} bots thinking at once on
 * a pool of {@code engines} Stockfish processes (no book, so every move asks the engine), and how
 * often it had to fall back. Each bot has 5 minutes on its clock, so the level's move time
 * applies. Positions: every second position of three classical games, plies 4 to 28. Prints a
 * markdown table. Usage: {@code BotMoveLatency [games=4] [movesPerGame=8] [engines=2] [engine=stockfish]}.
 */
public final class BotMoveLatency {
    private BotMoveLatency() {}

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int movesPerGame = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int engines = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String name = args.length > 3 ? args[3] : "stockfish";
        EngineCommand engine = EngineCommand.locate(name).orElseThrow(() -> new IllegalStateException(name + " is not installed"));
        System.out.printf("%d bots thinking at once on %d %s processes, %d moves each per level, 5 min on the clock, no book%n%n", games, engines, name, movesPerGame);
        System.out.println("| level | engine asked for | depth | move time | moves | p50 | p99 | max | from the engine | fallbacks |");
        System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        try (InMemoryLiveGameNode node = new InMemoryLiveGameNode("sequential", 1);
                UciPositionAnalyst pool = UciPositionAnalyst.start(EnginePoolSettings.defaults(engine, engines), EnginePoolListener.NONE);
                Bots bots = new Bots(BotUseCases.of(node.service), pool, InMemoryOpeningBook.empty(), BotSettings.DEFAULTS,
                        new SystemTimeSource(), new Random(1), BotMetrics.NONE);
                ExecutorService thinkers = Executors.newFixedThreadPool(games)) {
            for (int level = BotLevel.LOWEST; level <= BotLevel.HIGHEST; level++) {
                BotLevel botLevel = BotLevel.of(level);
                List<BotTurn> turns = turns(botLevel);
                bots.choose(turns.getFirst()); // a first search per level sets the engine's options
                Latencies latencies = new Latencies();
                Map<MoveSource, AtomicInteger> sources = new EnumMap<>(MoveSource.class);
                for (MoveSource source : MoveSource.values()) sources.put(source, new AtomicInteger());
                List<Future<?>> running = new ArrayList<>();
                for (int g = 0; g < games; g++) {
                    int game = g;
                    running.add(thinkers.submit(() -> {
                        for (int m = 0; m < movesPerGame; m++) {
                            long started = System.nanoTime();
                            BotMove move = bots.choose(turns.get((game * movesPerGame + m) % turns.size()));
                            latencies.add(System.nanoTime() - started);
                            sources.get(move.source()).incrementAndGet();
                        }
                    }));
                }
                for (Future<?> f : running) f.get();
                int total = latencies.count();
                System.out.printf("| %d | %s | %d | %d ms | %d | %.0f ms | %.0f ms | %.0f ms | %.0f %% | %.0f %% |%n", level, strength(botLevel),
                        botLevel.depth(), botLevel.movetimeMs(), total, latencies.percentileMs(50), latencies.percentileMs(99), latencies.percentileMs(100),
                        100.0 * sources.get(MoveSource.ENGINE).get() / total, 100.0 * (total - sources.get(MoveSource.ENGINE).get()) / total);
            }
        }
    }

    private static String strength(BotLevel level) {
        if (level.strength().isFull()) return "full strength";
        return "Elo " + level.strength().elo().getAsInt() + " / skill " + level.strength().skillLevel().getAsInt();
    }

    private static List<BotTurn> turns(BotLevel level) {
        List<BotTurn> turns = new ArrayList<>();
        for (String[] game : RecordedGames.build(0, 1)) {
            for (int ply = 4; ply <= 28 && ply < game.length; ply += 2) {
                List<String> moves = Arrays.asList(game).subList(0, ply);
                Position position = Position.start();
                for (String move : moves) position.makeMove(Uci.parse(position, move));
                turns.add(new BotTurn("bench", Position.STANDARD_START, moves, position.toFen(), level, 300_000, 0));
            }
        }
        return turns;
    }
}
