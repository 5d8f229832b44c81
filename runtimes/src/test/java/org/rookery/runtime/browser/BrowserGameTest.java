package org.rookery.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.browser.ChromiumBrowsers;
import org.rookery.adapters.http.browser.PlayerPage;
import org.rookery.runtime.allinone.AllInOne;
import org.rookery.runtime.allinone.ConfigKeys;
import org.rookery.runtime.allinone.Configuration;
import org.rookery.runtime.allinone.RunningPlatform;

/**
 * Two guests play through the browser page in headless Chromium against the all-in-one runtime
 * (started here on a free port): create, share the link, join, move by click and by drag, lose
 * and regain the connection, queue a move while offline, and finish the game; each page shows
 * the moves, the clocks and the result. A guest also plays the computer from the lobby (on
 * Stockfish when it is installed). Without Chromium the tests are skipped, or fail when
 * {@code -Drookery.oracles.required=true} (as {@code ./rookery test} runs them).
 */
class BrowserGameTest {
    private static final Path OUT = Path.of("target", "browser");
    private static RunningPlatform platform;
    private static ChromiumBrowsers chromium;
    private static PlayerPage alice;
    private static PlayerPage bob;

    @BeforeAll
    static void start_server_and_two_browsers() {
        ChromiumBrowsers.requireOrSkip();
        platform = AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.HOST, "127.0.0.1")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        chromium = ChromiumBrowsers.start(OUT);
        alice = new PlayerPage("alice", chromium.open("alice"), base());
        bob = new PlayerPage("bob", chromium.open("bob"), base());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
        if (platform != null) platform.close();
    }

    @Test
    void two_guests_play_scholars_mate_through_a_dropped_connection_and_an_offline_move() throws Exception {
        String gameId = alice.open("/").createGame("white");
        assertThat(alice.text("status")).contains("Waiting for an opponent");
        bob.open("/?game=" + gameId).join();
        alice.awaitStatus("in_progress");
        alice.connection().await("online");
        bob.connection().await("online");
        assertThat(alice.connection().transport()).isEqualTo("websocket");
        assertThat(alice.orientation()).isEqualTo("white");
        assertThat(alice.topLeftSquare()).isEqualTo("a8");
        assertThat(bob.orientation()).as("Black sees the board from its side").isEqualTo("black");
        assertThat(bob.topLeftSquare()).isEqualTo("h1");

        List<String> moves = new ArrayList<>();
        alice.clickMove("e2", "e4");
        expect(moves, "e4");
        long blackBefore = bob.clockMs("black");
        assertThat(bob.clockRunning("black")).isTrue();
        bob.await("Black's clock to tick down", b -> bob.clockMs("black") < blackBefore);
        bob.dragMove("e7", "e5");
        expect(moves, "e5");

        // Bob's connection drops; Alice moves meanwhile; Bob's page reconnects by itself and resumes.
        bob.connection().drop(false);
        assertThat(bob.connection().state()).isEqualTo("reconnecting");
        alice.clickMove("f1", "c4");
        alice.awaitMoves(List.of("e4", "e5", "Bc4"));
        bob.connection().await("online");
        // The SAN comes only with the replayed event (a snapshot lists moves in UCI), so this is the resume.
        bob.awaitMoves(List.of("e4", "e5", "Bc4"));
        moves.add("Bc4");
        bob.clickMove("b8", "c6");
        expect(moves, "Nc6");

        // Alice is offline: her move waits in the queue, visibly, and goes out when she is back.
        alice.connection().drop(true);
        alice.connection().await("offline");
        alice.clickMove("d1", "h5");
        alice.awaitVisible("queue-notice", true);
        assertThat(alice.text("queue-notice")).contains("1 move queued");
        assertThat(alice.connection().queuedMoves()).containsExactly("d1h5");
        assertThat(bob.moves()).isEqualTo(moves);
        alice.screenshot(OUT.resolve("offline-move-queued.png"));
        alice.connection().restore();
        alice.connection().await("online");
        expect(moves, "Qh5");
        alice.awaitVisible("queue-notice", false);
        assertThat(alice.connection().queuedMoves()).isEmpty();

        bob.clickMove("g8", "f6");
        expect(moves, "Nf6");
        bob.screenshot(OUT.resolve("mid-game.png"));
        alice.dragMove("h5", "f7");
        expect(moves, "Qxf7#");

        for (PlayerPage page : List.of(alice, bob)) {
            page.awaitStatus("ended");
            assertThat(page.text("result")).isEqualTo("1-0");
            assertThat(page.text("reason")).isEqualTo("checkmate");
            assertThat(page.text("status")).contains("White wins by checkmate");
        }
        alice.screenshot(OUT.resolve("checkmate.png"));
    }

    @Test
    void follows_a_game_over_server_sent_events_and_polling_with_a_promotion_and_a_draw_by_agreement() throws Exception {
        String gameId = createGameFrom(alice.open("/").guestToken(), "4k3/P7/8/8/8/8/8/4K3 w - - 0 1");
        alice.open("/?game=" + gameId + "&transport=sse");
        bob.open("/?game=" + gameId + "&transport=polling").join();
        alice.awaitStatus("in_progress");
        alice.connection().await("online");
        bob.connection().await("online");
        assertThat(alice.connection().transport()).isEqualTo("sse");
        assertThat(bob.connection().transport()).isEqualTo("polling");

        List<String> moves = new ArrayList<>();
        alice.clickMove("a7", "a8");
        alice.promoteTo('q');
        expect(moves, "a8=Q+");

        // Alice's event stream drops; Bob moves; her page reconnects with the last seq it applied.
        alice.connection().drop(false);
        bob.clickMove("e8", "e7");
        alice.connection().await("online");
        expect(moves, "Ke7");

        alice.press("offer-draw");
        bob.awaitVisible("draw-offer", true);
        bob.press("decline-draw");
        bob.awaitVisible("draw-offer", false);
        alice.await("the draw offer to be declined", b -> alice.text("offer-draw").equals("Offer draw"));
        alice.press("offer-draw");
        bob.awaitVisible("draw-offer", true);
        bob.press("accept-draw");
        for (PlayerPage page : List.of(alice, bob)) {
            page.awaitStatus("ended");
            assertThat(page.text("result")).isEqualTo("1/2-1/2");
            assertThat(page.text("reason")).isEqualTo("agreement");
            assertThat(page.moves()).isEqualTo(moves);
        }
    }

    @Test
    void a_game_can_be_aborted_before_both_have_moved_and_resigned_after_a_keyboard_move() {
        String aborted = alice.open("/").createGame("black");
        assertThat(alice.orientation()).isEqualTo("black");
        bob.open("/").openGame(alice.shareLink()).join();
        alice.awaitStatus("in_progress");
        alice.press("abort");
        for (PlayerPage page : List.of(alice, bob)) {
            page.awaitStatus("aborted");
            assertThat(page.text("result")).isEqualTo("Aborted");
        }
        assertThat(aborted).isNotBlank();

        String resigned = bob.open("/").createGame("white");
        alice.open("/?game=" + resigned).join();
        bob.keyboardMove("e2", "e4");
        alice.awaitMoves(List.of("e4"));
        alice.press("resign");
        for (PlayerPage page : List.of(alice, bob)) {
            page.awaitStatus("ended");
            assertThat(page.text("result")).isEqualTo("1-0");
            assertThat(page.text("reason")).isEqualTo("resignation");
        }
    }

    @Test
    void falls_back_to_server_sent_events_when_websockets_never_get_through() {
        String gameId = bob.open("/").createGame("white");
        alice.connection().breakWebSockets(true);
        try {
            alice.open("/?game=" + gameId).join();
            alice.await("the fallback to server-sent events", b -> "sse".equals(alice.connection().transport()) && "online".equals(alice.connection().state()));
            bob.clickMove("d2", "d4");
            alice.awaitMoves(List.of("d4"));
            alice.clickMove("d7", "d5");
            bob.awaitMoves(List.of("d4", "d5"));
            assertThat(bob.connection().transport()).isEqualTo("websocket");
        } finally {
            alice.connection().breakWebSockets(false);
        }
    }

    @Test
    void a_guest_plays_the_computer_from_the_lobby_and_the_bot_answers_by_itself() throws Exception {
        String gameId = alice.open("/").playComputer(1, "white");
        assertThat(gameId).isNotBlank();
        assertThat(alice.orientation()).isEqualTo("white");
        assertThat(alice.text("player-black")).contains("Computer · level 1 (" + (platform.engine().equals("random") ? "random moves" : platform.engine()) + ")");
        alice.connection().await("online");
        alice.clickMove("e2", "e4");
        alice.await("the computer's answer", b -> alice.moves().size() == 2);
        assertThat(alice.moves().getFirst()).isEqualTo("e4");
        alice.clickMove("g1", "f3");
        alice.await("the computer's second answer", b -> alice.moves().size() == 4);
        assertThat(alice.moves().get(2)).isEqualTo("Nf3");
        alice.screenshot(OUT.resolve("computer-game.png"));
        alice.press("resign");
        alice.awaitStatus("ended");
        assertThat(alice.text("result")).isEqualTo("0-1");
        assertThat(alice.text("reason")).isEqualTo("resignation");
    }

    /** Creates a game from a position through the REST API (the lobby offers the start position only). */
    private static String createGameFrom(String token, String fen) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/v1/games"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"timeControl\":{\"initialMs\":300000,\"incrementMs\":0},"
                                + "\"color\":\"white\",\"fen\":\"" + fen + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String body = created.body();
        int at = body.indexOf("\"gameId\":\"") + "\"gameId\":\"".length();
        return body.substring(at, body.indexOf('"', at));
    }

    private static String base() {
        return "http://127.0.0.1:" + platform.port();
    }

    /** Adds a SAN to the expected moves and waits until both pages list them. */
    private static void expect(List<String> moves, String san) {
        moves.add(san);
        alice.awaitMoves(moves);
        bob.awaitMoves(moves);
    }
}
