package org.rookery.client;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.rookery.runtime.allinone.AllInOne;
import org.rookery.runtime.allinone.ConfigKeys;
import org.rookery.runtime.allinone.Configuration;
import org.rookery.runtime.allinone.RunningPlatform;

/**
 * The real Rookery server (the all-in-one runtime: HTTP adapter over the in-memory adapters)
 * started in this JVM on a free loopback port, rate limits off unless a test sets them. A test
 * fixture; close it.
 */
final class TestServer implements AutoCloseable {
    final RunningPlatform platform;
    final URI base;

    private TestServer(Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(Map.of(ConfigKeys.PORT, "0", ConfigKeys.HOST, "127.0.0.1",
                ConfigKeys.TOKEN_SECRET, "a-test-secret-of-at-least-32-bytes!!",
                "rookery.rate.guest-token.ip", "off", "rookery.rate.create-game.user", "off", "rookery.rate.create-game.ip", "off",
                "rookery.rate.move.user", "off", "rookery.rate.move.ip", "off"));
        config.putAll(settings);
        platform = AllInOne.start(Configuration.of(config), new PrintStream(OutputStream.nullOutputStream()));
        base = URI.create("http://127.0.0.1:" + platform.port());
    }

    static TestServer start() {
        return new TestServer(Map.of());
    }

    static TestServer start(Map<String, String> settings) {
        return new TestServer(settings);
    }

    RookeryClient anonymous() {
        return RookeryClient.create(base);
    }

    /** A new guest and a client acting as it, talking to the server directly. */
    Player player() {
        Guest guest = anonymous().createGuest().body();
        return new Player(guest.userId(), guest.token(), RookeryClient.create(base).withToken(guest.token()));
    }

    /** A game {@code white} created (as White) and {@code black} joined. */
    Game startedGame(Player white, Player black) {
        Game created = white.client().createGame(NewGame.playing(ColorChoice.WHITE, TimeControl.ofMinutes(5, 0))).body();
        return black.client().joinGame(created.gameId()).body();
    }

    @Override
    public void close() {
        platform.close();
    }

    /** A guest: its id, token and a client with the token. */
    record Player(String userId, String token, RookeryClient client) {
        /** The same guest talking to {@code base} (e.g. through a proxy). */
        RookeryClient via(URI base) {
            return RookeryClient.create(base).withToken(token);
        }
    }
}
