package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.adapters.http.BadRequestTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.adapters.memory.InMemoryGameArchive;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnReader;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;
import org.rookery.ports.out.RateLimiter.Limit;
import org.rookery.ports.out.StoreUnavailableException;

/** A player's archive over HTTP: pages and their next links, filters, every documented error (400, 401, 429, 503), the streamed PGN, restarts. */
class PlayerGamesRoutesTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS,
            RateLimitPolicy.DEFAULTS.with(LimitedAction.READ_HISTORY, false, null));

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A game {@code white} created (as White) and {@code black} joined, a move or two, then ended by {@code ending}. */
    static String finishedGame(TestPlatform p, Guest white, Guest black, long initialMs, long incrementMs, String ending) {
        String id = p.startedGame(white, black, initialMs, incrementMs);
        assertThat(p.move(id, white, "e2e4", 0, id + "-1").statusCode()).isEqualTo(200);
        switch (ending) {
            case "white_resigns" -> assertThat(p.post("/v1/games/" + id + "/resign", white.token(), null).statusCode()).isEqualTo(200);
            case "black_resigns" -> assertThat(p.post("/v1/games/" + id + "/resign", black.token(), null).statusCode()).isEqualTo(200);
            default -> {
                assertThat(p.post("/v1/games/" + id + "/draw/offer", white.token(), null).statusCode()).isEqualTo(200);
                assertThat(p.post("/v1/games/" + id + "/draw/accept", black.token(), null).statusCode()).isEqualTo(200);
            }
        }
        return id;
    }

    @Test
    void a_players_games_come_newest_first_a_page_at_a_time_with_a_next_link() {
        Guest ann = platform.guest(), ben = platform.guest();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(i % 2 == 0 ? finishedGame(platform, ann, ben, 180_000, 2_000, "black_resigns")
                    : finishedGame(platform, ben, ann, 60_000, 0, "white_resigns"));
        }
        platform.archiveFinishedGames();

        JsonNode first = TestPlatform.json(platform.get("/v1/players/" + ann.userId() + "/games?limit=2", null));
        assertThat(first.get("userId").asText()).isEqualTo(ann.userId());
        assertThat(first.get("limit").asInt()).isEqualTo(2);
        assertThat(first.get("games")).hasSize(2);
        JsonNode newest = first.get("games").get(0);
        assertThat(newest.get("gameId").asText()).isEqualTo(ids.get(4));
        assertThat(newest.get("white").asText()).isEqualTo(ann.userId());
        assertThat(newest.get("color").asText()).isEqualTo("white");
        assertThat(newest.get("outcome").asText()).isEqualTo("win");
        assertThat(newest.get("result").asText()).isEqualTo("1-0");
        assertThat(newest.get("reason").asText()).isEqualTo("resignation");
        assertThat(newest.get("pool").asText()).isEqualTo("blitz");
        assertThat(newest.at("/timeControl/initialMs").asLong()).isEqualTo(180_000);
        assertThat(newest.get("plies").asInt()).isEqualTo(1);
        assertThat(newest.get("url").asText()).isEqualTo("/v1/games/" + ids.get(4));
        assertThat(newest.get("pgnUrl").asText()).isEqualTo("/v1/games/" + ids.get(4) + "/pgn");
        assertThat(Instant.parse(newest.get("endedAt").asText())).isAfterOrEqualTo(Instant.parse(newest.get("createdAt").asText()));
        assertThat(first.get("games").get(1).get("outcome").asText()).isEqualTo("win"); // Ben resigned as White

        List<String> paged = new ArrayList<>();
        String next = "/v1/players/" + ann.userId() + "/games?limit=2";
        int pages = 0;
        while (next != null) {
            JsonNode page = TestPlatform.json(platform.get(next, null));
            page.get("games").forEach(g -> paged.add(g.get("gameId").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(ids.reversed());
        assertThat(TestPlatform.json(platform.get("/v1/players/" + ben.userId() + "/games", null)).get("games")).hasSize(5);
    }

    @Test
    void filters_by_result_and_time_control_and_the_next_link_keeps_them() {
        Guest ann = platform.guest(), ben = platform.guest();
        String blitzWin = finishedGame(platform, ann, ben, 180_000, 2_000, "black_resigns");
        String blitzLoss = finishedGame(platform, ann, ben, 180_000, 2_000, "white_resigns");
        String bulletDraw = finishedGame(platform, ann, ben, 60_000, 0, "draw");
        String blitzWin2 = finishedGame(platform, ben, ann, 300_000, 0, "white_resigns");
        platform.archiveFinishedGames();
        String base = "/v1/players/" + ann.userId() + "/games";
        assertThat(ids(base + "?result=win")).containsExactly(blitzWin2, blitzWin);
        assertThat(ids(base + "?result=loss")).containsExactly(blitzLoss);
        assertThat(ids(base + "?result=draw")).containsExactly(bulletDraw);
        assertThat(ids(base + "?result=0-1")).containsExactly(blitzWin2, blitzLoss);
        assertThat(ids(base + "?result=1%2F2-1%2F2")).containsExactly(bulletDraw);
        assertThat(ids(base + "?timeControl=blitz")).containsExactly(blitzWin2, blitzLoss, blitzWin);
        assertThat(ids(base + "?timeControl=180%2B2")).containsExactly(blitzLoss, blitzWin);
        assertThat(ids(base + "?timeControl=180+2")).as("an unencoded + arrives as a space").containsExactly(blitzLoss, blitzWin);
        assertThat(ids(base + "?timeControl=bullet&result=draw")).containsExactly(bulletDraw);
        assertThat(ids(base + "?timeControl=rapid")).isEmpty();

        JsonNode page = TestPlatform.json(platform.get(base + "?result=win&timeControl=blitz&limit=1", null));
        assertThat(page.get("games").get(0).get("gameId").asText()).isEqualTo(blitzWin2);
        String next = page.get("next").asText();
        assertThat(next).startsWith(base + "?result=win&timeControl=blitz&limit=1&cursor=");
        JsonNode second = TestPlatform.json(platform.get(next, null));
        assertThat(second.get("games").get(0).get("gameId").asText()).isEqualTo(blitzWin);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void an_unknown_player_has_an_empty_archive() {
        JsonNode page = TestPlatform.json(platform.get("/v1/players/nobody-ever/games", null));
        assertThat(page.get("games")).isEmpty();
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        HttpResponse<String> pgn = platform.get("/v1/players/nobody-ever/games.pgn", null);
        assertThat(pgn.statusCode()).isEqualTo(200);
        assertThat(pgn.body()).isEmpty();
    }

    @Test
    void bad_parameters_are_400_problems_that_name_them_and_a_bad_token_is_401() {
        String base = "/v1/players/someone/games";
        for (String query : List.of("limit=0", "limit=101", "limit=ten", "limit=")) {
            assertThat(problem(platform.get(base + "?" + query, null), 400, "invalid_request").get("detail").asText()).contains("'limit'");
        }
        for (String cursor : List.of("garbage!", "bm90LWEtY3Vyc29y", "OmctMQ", "MTIzOg", "x".repeat(600), "")) {
            assertThat(problem(platform.get(base + "?cursor=" + cursor, null), 400, "invalid_request").get("detail").asText())
                    .as(cursor).contains("'cursor'");
        }
        for (String path : List.of(base, base + ".pgn")) {
            for (String query : List.of("result=won", "result=1-1", "result=")) {
                assertThat(problem(platform.get(path + "?" + query, null), 400, "invalid_request").get("detail").asText()).contains("'result'");
            }
            for (String query : List.of("timeControl=lightning", "timeControl=0%2B0", "timeControl=99999%2B0", "timeControl=3m", "timeControl=")) {
                assertThat(problem(platform.get(path + "?" + query, null), 400, "invalid_request").get("detail").asText())
                        .as(query).contains("'timeControl'");
            }
            problem(platform.get(path.replace("someone", "x".repeat(129)), null), 400, "invalid_request");
            problem(platform.get(path.replace("someone", "%20"), null), 400, "invalid_request");
            problem(platform.get(path, "not-a-token"), 401, "unauthorized");
        }
    }

    @Test
    void the_pgn_download_streams_every_game_newest_first_in_chunks_and_reads_back_equal() throws IOException, InterruptedException {
        Guest ann = platform.guest(), ben = platform.guest();
        List<String> played = new ArrayList<>();
        for (int i = 0; i < 6; i++) played.add(finishedGame(platform, i % 2 == 0 ? ann : ben, i % 2 == 0 ? ben : ann, 60_000, 0, "draw"));
        platform.archiveFinishedGames();
        // many more games in the archive, copies of the played ones under ids of their own, so the file spans many chunks
        List<ArchivedGame> real = platform.history.queries().exportGames(ann.userId(), ArchiveFilter.ANY).toList();
        Instant at = real.getFirst().endedAt();
        for (int i = 0; i < 1_500; i++) {
            ArchivedGame g = real.get(i % real.size());
            String id = "copy-" + i + "-" + g.gameId();
            at = at.plusMillis(1);
            platform.archive.archive(new ArchivedGame(id, g.white(), g.black(), g.result(), g.reason(), g.rated(), g.timeControl(),
                    g.createdAt(), at, g.seq(), g.whiteMs(), g.blackMs(), g.plies(), g.pgn().replace(g.gameId(), id)));
        }
        List<ArchivedGame> expected = platform.history.queries().exportGames(ann.userId(), ArchiveFilter.ANY).toList();
        assertThat(expected).hasSize(1_506);

        HttpResponse<InputStream> res = platform.client.send(platform.request("/v1/players/" + ann.userId() + "/games.pgn", null).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/x-chess-pgn");
        assertThat(res.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"rookery-" + ann.userId() + "-games.pgn\"");
        assertThat(res.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(res.headers().firstValue("Content-Length")).isEmpty();
        List<PgnGame> back = new ArrayList<>();
        try (PgnReader reader = new PgnReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
            for (PgnGame g = reader.next(); g != null; g = reader.next()) back.add(g);
        }
        assertThat(back).hasSize(expected.size());
        for (int i = 0; i < back.size(); i++) assertThat(back.get(i)).isEqualTo(PgnReader.readGame(expected.get(i).pgn()));
        assertThat(back.getLast().tag("GameId")).contains(played.getFirst());

        String wins = platform.get("/v1/players/" + ann.userId() + "/games.pgn?result=draw&timeControl=60%2B0", null).body();
        assertThat(PgnReader.readAll(wins)).hasSize(1_506);
        assertThat(platform.get("/v1/players/" + ann.userId() + "/games.pgn?result=win", null).body()).isEmpty();
    }

    @Test
    void finished_games_and_their_pgn_are_served_from_the_archive_after_a_restart() {
        InMemoryGameArchive durable = new InMemoryGameArchive();
        String id, game, pgn;
        try (TestPlatform before = TestPlatform.onArchive(durable)) {
            Guest ann = before.guest(), ben = before.guest();
            id = finishedGame(before, ann, ben, 180_000, 2_000, "black_resigns");
            before.archiveFinishedGames();
            game = before.get("/v1/games/" + id, null).body();
            pgn = before.get("/v1/games/" + id + "/pgn", null).body();
        }
        try (TestPlatform after = TestPlatform.onArchive(durable)) { // a new process: its log is empty, the archive is not
            assertThat(after.log.lastSeq(id)).isZero();
            HttpResponse<String> read = after.get("/v1/games/" + id, null);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(TestPlatform.json(read)).isEqualTo(TestPlatform.json(game));
            HttpResponse<String> readPgn = after.get("/v1/games/" + id + "/pgn", null);
            assertThat(readPgn.headers().firstValue("Content-Type")).hasValue("application/x-chess-pgn");
            assertThat(readPgn.body()).isEqualTo(pgn);
            problem(after.get("/v1/games/never-played", null), 404, "game_not_found");
            problem(after.get("/v1/games/never-played/pgn", null), 404, "game_not_found");
        }
    }

    @Test
    void archive_reads_are_rate_limited_per_address() {
        try (TestPlatform limited = TestPlatform.start(HttpSettings.DEFAULTS,
                RateLimitPolicy.UNLIMITED.with(LimitedAction.READ_HISTORY, false, new Limit(2, Duration.ofHours(1))))) {
            assertThat(limited.get("/v1/players/ann/games", null).statusCode()).isEqualTo(200);
            assertThat(limited.get("/v1/players/ann/games.pgn", null).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = limited.get("/v1/players/ann/games", null);
            problem(refused, 429, "rate_limited");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            problem(limited.get("/v1/players/ann/games.pgn", null), 429, "rate_limited");
        }
    }

    @Test
    void an_archive_that_is_down_is_503_unavailable_before_any_byte_of_a_download() {
        AtomicBoolean down = new AtomicBoolean();
        try (TestPlatform failing = TestPlatform.onArchive(new FailingArchive(new InMemoryGameArchive(), down))) {
            assertThat(failing.get("/v1/players/ann/games", null).statusCode()).isEqualTo(200);
            down.set(true);
            for (String path : List.of("/v1/players/ann/games", "/v1/players/ann/games.pgn", "/v1/games/only-in-an-archive",
                    "/v1/games/only-in-an-archive/pgn")) {
                HttpResponse<String> refused = failing.get(path, null);
                JsonNode p = problem(refused, 503, "unavailable");
                assertThat(refused.headers().firstValue("Retry-After")).as(path).hasValue("5");
                assertThat(p.get("detail").asText()).doesNotContain("test archive");
            }
        }
    }

    /** An archive whose every call fails as a store that is down does, while {@code down}. */
    private record FailingArchive(GameArchive archive, AtomicBoolean down) implements GameArchive {
        private void check() {
            if (down.get()) throw new StoreUnavailableException("the test archive is down", null);
        }

        @Override
        public void noteCreated(String gameId, Instant createdAt) {
            check();
            archive.noteCreated(gameId, createdAt);
        }

        @Override
        public Optional<Instant> createdAt(String gameId) {
            check();
            return archive.createdAt(gameId);
        }

        @Override
        public void forgetUnfinished(String gameId) {
            check();
            archive.forgetUnfinished(gameId);
        }

        @Override
        public boolean archive(ArchivedGame game) {
            check();
            return archive.archive(game);
        }

        @Override
        public Optional<ArchivedGame> find(String gameId) {
            check();
            return archive.find(gameId);
        }

        @Override
        public List<ArchivedGame> page(String playerId, ArchiveFilter filter, Optional<ArchivePosition> after, int limit) {
            check();
            return archive.page(playerId, filter, after, limit);
        }
    }

    private static List<String> ids(String path) {
        HttpResponse<String> res = platform.get(path, null);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        TestPlatform.json(res).get("games").forEach(g -> ids.add(g.get("gameId").asText()));
        return ids;
    }
}
