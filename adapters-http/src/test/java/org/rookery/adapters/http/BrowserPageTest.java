package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;

/**
 * The browser page in headless Chromium plays a whole game as White against a REST opponent,
 * through a server outage: the page shows it is reconnecting, keeps the move made meanwhile in
 * its offline queue, reconnects, resumes and sends it. Needs Debian's chromium and
 * chromium-driver (scripts/install-browser.sh); skipped without them unless
 * {@code -Drookery.browser.required=true}.
 */
class BrowserPageTest {
    static final String STATE = "return document.getElementById('connection').dataset.state";

    @Test
    void a_whole_game_in_the_browser_through_a_dropped_connection() throws Exception {
        if (!Boolean.getBoolean("rookery.browser.required")) {
            Assumptions.assumeTrue(WebDriverSession.available(), "chromium and chromedriver are not installed");
        }
        try (TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withRateLimits(RateLimitSettings.UNLIMITED));
                WebDriverSession browser = new WebDriverSession()) {
            browser.open(platform.base + "/");
            browser.await("return document.getElementById('me').textContent", v -> v.asText().startsWith("guest-"), "a guest identity");
            browser.script("document.getElementById('color').value = 'white'");
            browser.click("#create");
            String gameId = browser.await("return document.getElementById('game-id').textContent", v -> !v.asText().isEmpty(), "the new game").asText();
            browser.await(STATE, v -> v.asText().equals("open"), "the socket to open");

            Guest black = platform.guest();
            assertThat(platform.post("/v1/games/" + gameId + "/join", black.token(), null).statusCode()).isEqualTo(200);
            browser.await("return document.getElementById('status').textContent", v -> v.asText().equals("Your move"), "the game to start");

            browser.click("#sq-e2");
            browser.click("#sq-e4");
            awaitMoves(browser, 1);
            assertThat(platform.move(gameId, black, "e7e5", 1, "b1").statusCode()).isEqualTo(200);
            awaitMoves(browser, 2);

            platform.goDown();
            browser.await(STATE, v -> v.asText().equals("reconnecting"), "the page to notice the outage");
            assertThat(browser.text("#connection")).contains("reconnecting in");
            browser.click("#sq-f1");
            browser.click("#sq-c4");
            browser.await("return JSON.parse(localStorage.getItem('rookery.queue." + gameId + "')).length", v -> v.asInt() == 1, "the queued move");
            assertThat(browser.text("#queue")).contains("f1c4");
            platform.comeBack();
            browser.await(STATE, v -> v.asText().equals("open"), "the page to reconnect");
            awaitMoves(browser, 3);
            browser.await("return document.getElementById('queue').children.length", v -> v.asInt() == 0, "the queue to empty");

            assertThat(platform.move(gameId, black, "b8c6", 3, "b2").statusCode()).isEqualTo(200);
            awaitMoves(browser, 4);
            browser.click("#sq-d1");
            browser.click("#sq-h5");
            awaitMoves(browser, 5);
            assertThat(platform.move(gameId, black, "g8f6", 5, "b3").statusCode()).isEqualTo(200);
            awaitMoves(browser, 6);
            browser.click("#sq-h5");
            browser.click("#sq-f7");
            JsonNode status = browser.await("return document.getElementById('status').textContent", v -> v.asText().startsWith("Game over"), "mate");
            assertThat(status.asText()).isEqualTo("Game over: 1-0 (checkmate)");
            List<String> moves = TestPlatform.JSON.convertValue(
                    browser.script("return [...document.querySelectorAll('#moves li')].map(li => li.textContent)"),
                    TestPlatform.JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            assertThat(moves).containsExactly("e4", "e5", "Bc4", "Nc6", "Qh5", "Nf6", "Qxf7#");
            assertThat(platform.log.readAfter(gameId, 0)).hasSize(2 + 7 + 1);
            browser.screenshot(Path.of("target", "browser-game.png"));
        }
    }

    private static void awaitMoves(WebDriverSession browser, int n) {
        browser.await("return document.querySelectorAll('#moves li').length", v -> v.asInt() == n, n + " moves on the page");
    }
}
