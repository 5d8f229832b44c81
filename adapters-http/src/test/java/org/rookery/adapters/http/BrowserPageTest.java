package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.adapters.http.browser.ChromiumBrowsers;
import org.rookery.adapters.http.browser.PlayerPage;
import org.rookery.application.admission.RateLimitPolicy;

/**
 * The browser page in headless Chromium plays a whole game as White against a REST opponent
 * through a server outage: the page shows it is reconnecting, keeps the move made meanwhile in
 * its offline queue (and says so), reconnects, resumes and sends it once. Skipped without
 * Chromium unless the build requires it (see {@link ChromiumBrowsers#requireOrSkip()}).
 */
class BrowserPageTest {

    @Test
    void the_page_rides_out_a_server_outage_with_its_offline_queue() throws Exception {
        ChromiumBrowsers.requireOrSkip();
        try (TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS, RateLimitPolicy.UNLIMITED);
                ChromiumBrowsers chromium = ChromiumBrowsers.start(Path.of("target", "browser"))) {
            PlayerPage white = new PlayerPage("white", chromium.open("white"), platform.base.toString());
            String gameId = white.open("/").createGame("white");
            Guest black = platform.guest();
            assertThat(platform.post("/v1/games/" + gameId + "/join", black.token(), null).statusCode()).isEqualTo(200);
            white.awaitStatus("in_progress");
            white.connection().await("online");

            white.clickMove("e2", "e4");
            white.awaitMoves(List.of("e4"));
            assertThat(platform.move(gameId, black, "e7e5", 1, "b1").statusCode()).isEqualTo(200);
            white.awaitMoves(List.of("e4", "e5"));

            platform.goDown();
            white.connection().await("reconnecting");
            assertThat(white.connection().text()).startsWith("Reconnecting");
            white.clickMove("f1", "c4");
            white.awaitVisible("queue-notice", true);
            platform.comeBack();
            white.connection().await("online");
            white.awaitMoves(List.of("e4", "e5", "Bc4"));
            white.awaitVisible("queue-notice", false);

            assertThat(platform.move(gameId, black, "b8c6", 3, "b2").statusCode()).isEqualTo(200);
            white.awaitMoves(List.of("e4", "e5", "Bc4", "Nc6"));
            white.clickMove("d1", "h5");
            white.awaitMoves(List.of("e4", "e5", "Bc4", "Nc6", "Qh5"));
            assertThat(platform.move(gameId, black, "g8f6", 5, "b3").statusCode()).isEqualTo(200);
            white.clickMove("h5", "f7");
            white.awaitStatus("ended");
            assertThat(white.moves()).containsExactly("e4", "e5", "Bc4", "Nc6", "Qh5", "Nf6", "Qxf7#");
            assertThat(white.text("result")).isEqualTo("1-0");
            assertThat(white.text("reason")).isEqualTo("checkmate");
            // created, joined, seven moves, ended: the queued move went in once
            assertThat(platform.log.readAfter(gameId, 0)).hasSize(2 + 7 + 1);
        }
    }
}
