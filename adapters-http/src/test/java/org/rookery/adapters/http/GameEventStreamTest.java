package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;

class GameEventStreamTest {
    static final TestPlatform platform = TestPlatform.start();

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** One SSE event as read off the wire. */
    record Sse(String id, String name, String data) {}

    /** Reads SSE events from a streaming response on a virtual thread. */
    static final class SseReader implements AutoCloseable {
        final BlockingQueue<Sse> events = new LinkedBlockingQueue<>();
        final HttpResponse<InputStream> response;

        SseReader(HttpResponse<InputStream> response) {
            this.response = response;
            Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null, name = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty() || name != null) events.add(new Sse(id, name, data.toString()));
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) id = line.substring(3).trim();
                    else if (line.startsWith("event:")) name = line.substring(6).trim();
                    else if (line.startsWith("data:")) data.append(line.substring(5).trim());
                }
            } catch (Exception closed) {
                // the test closed the stream
            }
        }

        Sse next() throws InterruptedException {
            Sse e = events.poll(5, TimeUnit.SECONDS);
            if (e == null) throw new AssertionError("no SSE event within 5 s");
            return e;
        }

        @Override
        public void close() throws Exception {
            response.body().close();
        }
    }

    static SseReader open(String gameId, String lastEventId) {
        var request = platform.request("/v1/games/" + gameId + "/events", null).header("Accept", "text/event-stream");
        if (lastEventId != null) request.header("Last-Event-ID", lastEventId);
        try {
            HttpResponse<InputStream> response = platform.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            return new SseReader(response);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_new_stream_starts_with_a_snapshot_then_events_with_their_seq_as_id() throws Exception {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SseReader stream = open(gameId, null)) {
            Sse snapshot = stream.next();
            assertThat(snapshot.name()).isEqualTo("snapshot");
            assertThat(snapshot.id()).isEqualTo("2");
            assertThat(TestPlatform.json(snapshot.data()).get("gameId").asText()).isEqualTo(gameId);
            platform.move(gameId, alice, "e2e4", 0, "a");
            platform.move(gameId, bob, "c7c5", 1, "b");
            Sse first = stream.next(), second = stream.next();
            assertThat(List.of(first.id(), second.id())).containsExactly("3", "4");
            assertThat(TestPlatform.json(second.data()).get("payload").get("san").asText()).isEqualTo("c5");
            assertThat(TestPlatform.json(second.data()).get("type").asText()).isEqualTo("MovePlayed");
        }
    }

    @Test
    void last_event_id_resumes_after_that_seq() throws Exception {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        platform.move(gameId, alice, "e2e4", 0, "a");
        platform.move(gameId, bob, "e7e5", 1, "b");
        try (SseReader stream = open(gameId, "3")) {
            Sse missed = stream.next();
            assertThat(missed.id()).isEqualTo("4");
            assertThat(missed.name()).isNull();
            platform.move(gameId, alice, "g1f3", 2, "c");
            assertThat(stream.next().id()).isEqualTo("5");
        }
        List<String> all = new ArrayList<>();
        try (SseReader fromStart = open(gameId, "0")) {
            for (int i = 0; i < 5; i++) all.add(fromStart.next().id());
        }
        assertThat(all).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void unknown_games_and_bad_last_event_ids_are_problems() {
        BadRequestTest.problem(platform.get("/v1/games/nope/events", null), 404, "game_not_found");
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        BadRequestTest.problem(platform.send(platform.request("/v1/games/" + gameId + "/events", null)
                .header("Last-Event-ID", "yesterday").GET()), 400, "invalid_request");
    }
}
