package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;

class GameSocketTest {
    static final TestPlatform platform = TestPlatform.start();

    @AfterAll
    static void stop() {
        platform.close();
    }

    static String move(String moveId, int ply, String uci) {
        return "{\"type\":\"move\",\"moveId\":\"" + moveId + "\",\"ply\":" + ply + ",\"uci\":\"" + uci + "\"}";
    }

    @Test
    void players_get_a_snapshot_then_events_in_order_and_acks_once_moves_are_durable() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe white = SocketProbe.connect(platform, gameId, alice.token());
                SocketProbe black = SocketProbe.connect(platform, gameId, bob.token())) {
            JsonNode snapshot = white.next("snapshot");
            assertThat(snapshot.get("seq").asLong()).isEqualTo(2);
            assertThat(snapshot.get("game").get("status").asText()).isEqualTo("in_progress");
            black.next("snapshot");

            white.send(move("w1", 0, "e2e4"));
            JsonNode event = white.next("event");
            assertThat(event.get("seq").asLong()).isEqualTo(3);
            assertThat(event.get("event").get("type").asText()).isEqualTo("MovePlayed");
            assertThat(event.get("event").get("payload").get("san").asText()).isEqualTo("e4");
            assertThat(event.get("event").get("gameId").asText()).isEqualTo(gameId);
            JsonNode ack = white.next("ack");
            assertThat(ack.get("moveId").asText()).isEqualTo("w1");
            assertThat(ack.get("seq").asLong()).isEqualTo(3);
            assertThat(platform.log.lastSeq(gameId)).isEqualTo(3);
            assertThat(black.next("event").get("seq").asLong()).isEqualTo(3);

            black.send(move("b1", 1, "e7e5"));
            assertThat(black.next("event").get("seq").asLong()).isEqualTo(4);
            assertThat(black.next("ack").get("seq").asLong()).isEqualTo(4);
            assertThat(white.next("event").get("event").get("payload").get("uci").asText()).isEqualTo("e7e5");

            white.send(move("w1", 0, "e2e4"));
            JsonNode replayed = white.next("ack");
            assertThat(replayed.get("seq").asLong()).isEqualTo(3);
            assertThat(platform.log.lastSeq(gameId)).isEqualTo(4);
        }
    }

    @Test
    void refused_commands_get_error_frames_and_the_connection_stays_open() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe white = SocketProbe.connect(platform, gameId, alice.token())) {
            white.next("snapshot");
            white.send(move("x1", 0, "e2e5"));
            JsonNode illegal = white.next("error");
            assertThat(illegal.get("code").asText()).isEqualTo("illegal_move");
            assertThat(illegal.get("moveId").asText()).isEqualTo("x1");
            white.send(move("x2", 3, "e2e4"));
            assertThat(white.next("error").get("code").asText()).isEqualTo("stale_ply");
            white.send("{\"type\":\"move\",");
            assertThat(white.next("error").get("code").asText()).isEqualTo("malformed_json");
            white.send("{\"type\":\"teleport\"}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("invalid_request");
            white.send("{\"type\":\"move\",\"moveId\":\"x3\",\"ply\":\"zero\",\"uci\":\"e2e4\"}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("invalid_request");
            white.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(5000) + "\"}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("payload_too_large");
            white.send("{\"type\":\"drawAccept\"}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("no_draw_offer");
            white.send("{\"type\":\"ping\"}");
            white.next("pong");
            white.ping(); // a protocol-level ping gets a pong frame; the JSON stream is unaffected
            white.send(move("x4", 0, "e2e4"));
            white.next("event");
            assertThat(white.next("ack").get("moveId").asText()).isEqualTo("x4");
            assertThat(white.pongs.get()).isEqualTo(1);
        }
    }

    @Test
    void spectators_watch_but_cannot_command() {
        Guest alice = platform.guest(), bob = platform.guest(), eve = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe anonymous = SocketProbe.connect(platform, gameId, null);
                SocketProbe spectator = SocketProbe.connect(platform, gameId, eve.token())) {
            anonymous.next("snapshot");
            spectator.next("snapshot");
            anonymous.send(move("s1", 0, "e2e4"));
            assertThat(anonymous.next("error").get("code").asText()).isEqualTo("unauthorized");
            spectator.send(move("s2", 0, "e2e4"));
            assertThat(spectator.next("error").get("code").asText()).isEqualTo("forbidden");
            spectator.send("{\"type\":\"resign\"}");
            assertThat(spectator.next("error").get("code").asText()).isEqualTo("forbidden");
            platform.move(gameId, alice, "d2d4", 0, "real");
            assertThat(anonymous.next("event").get("seq").asLong()).isEqualTo(3);
            assertThat(spectator.next("event").get("seq").asLong()).isEqualTo(3);
        }
    }

    @Test
    void resume_replays_what_was_missed_then_continues_live_without_gaps_or_duplicates() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        String[] moves = {"e2e4", "e7e5", "g1f3", "b8c6", "f1b5"};
        try (SocketProbe watcher = SocketProbe.connect(platform, gameId, null)) {
            watcher.next("snapshot");
            for (int ply = 0; ply < 3; ply++) platform.move(gameId, ply % 2 == 0 ? alice : bob, moves[ply], ply, "m" + ply);
            for (long seq = 3; seq <= 5; seq++) assertThat(watcher.next("event").get("seq").asLong()).isEqualTo(seq);
            watcher.send("{\"type\":\"resume\",\"lastSeq\":1}");
            JsonNode replayStart = watcher.next("event"); // the resume took effect: later moves belong to the resumed stream
            assertThat(replayStart.get("seq").asLong()).isEqualTo(2);
            assertThat(replayStart.get("event").get("type").asText()).isEqualTo("PlayerJoined");
            for (int ply = 3; ply < 5; ply++) platform.move(gameId, ply % 2 == 0 ? alice : bob, moves[ply], ply, "m" + ply);
            List<JsonNode> frames = watcher.until(f -> f.path("seq").asLong() == 7);
            assertThat(frames).extracting(f -> f.get("seq").asLong()).containsExactly(3L, 4L, 5L, 6L, 7L);
            watcher.send("{\"type\":\"ping\"}");
            watcher.next("pong");
        }
    }

    @Test
    void a_reconnecting_client_resumes_from_its_last_seq_over_a_new_connection() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        long lastSeq;
        try (SocketProbe first = SocketProbe.connect(platform, gameId, bob.token())) {
            first.next("snapshot");
            platform.move(gameId, alice, "e2e4", 0, "a");
            lastSeq = first.next("event").get("seq").asLong();
        }
        platform.move(gameId, bob, "e7e5", 1, "b");
        platform.move(gameId, alice, "g1f3", 2, "c");
        try (SocketProbe again = SocketProbe.connect(platform, gameId, bob.token())) {
            assertThat(again.next("snapshot").get("seq").asLong()).isEqualTo(5);
            again.send("{\"type\":\"resume\",\"lastSeq\":" + lastSeq + "}");
            assertThat(again.next("event").get("seq").asLong()).isEqualTo(4);
            assertThat(again.next("event").get("seq").asLong()).isEqualTo(5);
            again.send(move("b2", 3, "b8c6"));
            assertThat(again.next("event").get("seq").asLong()).isEqualTo(6);
            assertThat(again.next("ack").get("moveId").asText()).isEqualTo("b2");
        }
    }

    @Test
    void bad_tokens_and_unknown_games_are_told_then_closed() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe forged = SocketProbe.connect(platform, gameId, "not-a-token")) {
            assertThat(forged.next("error").get("code").asText()).isEqualTo("unauthorized");
            assertThat(forged.closeCode()).isEqualTo(4401);
        }
        try (SocketProbe lost = SocketProbe.connect(platform, "no-such-game", alice.token())) {
            assertThat(lost.next("error").get("code").asText()).isEqualTo("game_not_found");
            assertThat(lost.closeCode()).isEqualTo(4404);
        }
    }

    @Test
    void a_huge_message_sent_in_fragments_is_refused_without_being_kept_and_the_connection_goes_on() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe huge = SocketProbe.connect(platform, gameId, alice.token());
                SocketProbe other = SocketProbe.connect(platform, gameId, bob.token())) {
            huge.next("snapshot");
            other.next("snapshot");
            huge.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}");
            assertThat(huge.next("error").get("code").asText()).isEqualTo("payload_too_large");
            huge.send("{\"type\":\"ping\"}");
            huge.next("pong");
            other.send("{\"type\":\"ping\"}");
            other.next("pong");
        }
    }

    @Test
    void a_flood_of_frames_is_refused_then_closed_while_the_game_goes_on_for_others() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe flooder = SocketProbe.connect(platform, gameId, alice.token());
                SocketProbe other = SocketProbe.connect(platform, gameId, bob.token())) {
            flooder.next("snapshot");
            other.next("snapshot");
            for (int i = 0; i < 400 && !flooder.closed.isDone(); i++) {
                try {
                    flooder.send("{\"type\":\"ping\"}");
                } catch (RuntimeException closedMeanwhile) {
                    break;
                }
            }
            List<JsonNode> frames = flooder.until(f -> f.get("code") != null && f.get("code").asText().equals("rate_limited"));
            assertThat(frames).allMatch(f -> f.get("type").asText().equals("pong") || f.get("type").asText().equals("error"));
            assertThat(flooder.closeCode()).isEqualTo(1008);
            platform.move(gameId, alice, "e2e4", 0, "after-flood");
            assertThat(other.next("event").get("seq").asLong()).isEqualTo(3);
            assertThat(platform.log.lastSeq(gameId)).isEqualTo(3);
        }
    }
}
