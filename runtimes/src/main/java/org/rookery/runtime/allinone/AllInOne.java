package org.rookery.runtime.allinone;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rookery.adapters.http.HttpApi;
import org.rookery.adapters.http.HttpApiParts;
import org.rookery.adapters.http.HttpSettings;
import org.rookery.adapters.http.usecase.HistoryApi;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.application.admission.RateLimitService;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.history.HistoryServices;
import org.rookery.application.relay.LogRelay;
import org.rookery.application.relay.Relays;
import org.rookery.application.validation.MoveValidationService;
import org.rookery.runtime.observability.LogSetup;
import org.rookery.runtime.observability.TracedPublishers;

/**
 * The all-in-one runtime: every service in one process on the in-memory adapters, behind the
 * HTTP adapter, with bots and analyses on a UCI engine when one is found. {@code main} is the composition root: read the configuration, build the parts,
 * start, print the URL, and stop cleanly on SIGTERM or Ctrl-C. Not instantiable.
 */
public final class AllInOne {
    private AllInOne() {}

    public static void main(String[] args) throws InterruptedException {
        Configuration config;
        try {
            config = configuration(args, System.getenv());
        } catch (ConfigurationException e) {
            System.err.println("rookery serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        RunningPlatform platform;
        try {
            LogSetup.install(Observability.logFormat(config));
            platform = start(config, System.out);
        } catch (ConfigurationException e) {
            System.err.println("rookery serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("rookery: shutting down");
            platform.close();
        }, "rookery-shutdown"));
        platform.awaitStop();
    }

    /** The configuration from {@code --config FILE} (or rookery.config), the environment and {@code --port N}. */
    public static Configuration configuration(String[] args, Map<String, String> environment) {
        Map<String, String> overrides = new HashMap<>();
        String file = environment.get(Configuration.envName(ConfigKeys.CONFIG_FILE));
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length || !(option.equals("--port") || option.equals("--config"))) {
                throw new ConfigurationException("usage: rookery serve [--port N] [--config FILE]; got '" + option + "'");
            }
            if (option.equals("--port")) overrides.put(ConfigKeys.PORT, args[++i]);
            else file = args[++i];
        }
        return Configuration.load(file == null ? null : Path.of(file), environment, overrides);
    }

    /** Builds and starts the platform; prints where it serves. */
    public static RunningPlatform start(Configuration config, PrintStream out) {
        HttpSettings settings = HttpSettingsReader.read(config);
        byte[] secret = tokenSecret(config, out);
        Observability observability = Observability.start(config);
        MemoryAdapters adapters = new MemoryAdapters(config);
        LiveGameService liveGames = new LiveGameService(adapters.livePorts, HttpSettingsReader.liveGame(config), new Random());
        RatingsAndMatchmaking ranked;
        try {
            ranked = RatingsAndMatchmaking.start(config, adapters, liveGames);
        } catch (RuntimeException e) {
            adapters.close();
            observability.close();
            throw e;
        }
        // the history consumes the bus the game-events relay publishes to, as ratings do; game reads fall back to its archive
        HistoryServices history = HistoryServices.wire(adapters.gameArchive, liveGames);
        adapters.publisher.subscribe(event -> history.recorder().record(event));
        int batch = HttpSettingsReader.relayBatch(config);
        var telemetry = observability.telemetry();
        List<LogRelay<?>> relays = List.of(Relays.gameEvents(adapters.eventLog,
                        TracedPublishers.events(adapters.publisher, telemetry, Relays.GAME_EVENTS), adapters.checkpoints, batch),
                Relays.matches(adapters.matchLog, TracedPublishers.matches(adapters.matchPublisher, telemetry, Relays.MATCHMAKING_MATCHES),
                        adapters.checkpoints, batch));
        relays.forEach(relay -> relay.start(adapters.scheduler, adapters.time, HttpSettingsReader.relayPeriod(config)));
        AtomicBoolean ready = new AtomicBoolean();
        observability.watch(liveGames, relays, adapters.time, ranked);
        ComputerPlayers computer;
        try {
            computer = ComputerPlayers.start(config, liveGames, adapters.time, observability.registry);
        } catch (RuntimeException e) {
            ranked.stop();
            relays.forEach(LogRelay::stop);
            adapters.close();
            observability.close();
            throw e;
        }
        out.println("rookery: " + computer.startupLine());
        LiveGameApi games = LiveGameApi.of(liveGames, new MoveValidationService(liveGames)).withGames(history.lookup());
        RateLimitService admission = new RateLimitService(adapters.rateLimiter, HttpSettingsReader.rateLimits(config));
        HttpApi api = new HttpApi(new HttpApiParts(games, admission, adapters.time, secret, observability.registry, ready::get, settings)
                .withRatings(ranked.ratingApi()).withMatchmaking(ranked.matchmakingApi()).withComputer(computer.api())
                .withHistory(HistoryApi.of(history.queries())), telemetry);
        var server = api.start();
        ready.set(true);
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        out.println("rookery: serving at http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
        return new RunningPlatform(server, api, relays, ranked, computer, adapters, ready, observability);
    }

    private static byte[] tokenSecret(Configuration config, PrintStream out) {
        var configured = config.text(ConfigKeys.TOKEN_SECRET);
        if (configured.isPresent()) {
            byte[] secret = configured.get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) throw new ConfigurationException(ConfigKeys.TOKEN_SECRET + " must have at least 32 bytes");
            return secret;
        }
        out.println("rookery: no " + ConfigKeys.TOKEN_SECRET + " set: tokens are signed with a random key and stop working on restart");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
