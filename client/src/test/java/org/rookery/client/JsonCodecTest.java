package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
    final JsonCodec json = new JsonCodec();

    @Test
    void reads_a_game_and_ignores_what_a_newer_server_adds() throws Exception {
        Game game = json.read("""
                {"gameId":"g1","status":"in_progress","white":"a","black":"b","fen":"8/8/8/8/8/8/8/K1k5 w - - 0 1",
                 "moves":["e2e4"],"seq":3,"clock":{"whiteMs":1000,"blackMs":900,"turn":"black","running":true,"lag":4},
                 "result":null,"reason":"by_meteorite","timeControl":{"initialMs":60000,"incrementMs":0},"rated":true,
                 "createdAt":"2026-01-02T03:04:05.678Z","drawOfferBy":null,"spectators":12}""", Game.class);
        assertThat(game.status()).isEqualTo(GameStatus.IN_PROGRESS);
        assertThat(game.clock()).isEqualTo(new Clock(1000, 900, Side.BLACK, true));
        assertThat(game.reason()).isEqualTo(EndReason.UNKNOWN);
        assertThat(game.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
        assertThat(game.sideOf("b")).isEqualTo(Side.BLACK);
        assertThat(game.sideOf("c")).isNull();
        assertThat(game.ply()).isEqualTo(1);
    }

    @Test
    void writes_a_new_game_without_the_fields_left_to_the_server() {
        assertThat(json.write(NewGame.playing(ColorChoice.RANDOM, TimeControl.ofMinutes(1, 0))))
                .isEqualTo("{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"random\"}");
        assertThat(json.write(NewGame.playing(ColorChoice.BLACK, TimeControl.ofMinutes(1, 0)).rated(true).fromPosition("fen")))
                .contains("\"rated\":true").contains("\"fen\":\"fen\"");
    }

    @Test
    void reads_events_whose_payload_holds_nulls() throws Exception {
        GameEvent event = json.read("""
                {"eventId":"e","type":"GameEnded","schemaVersion":1,"gameId":"g","seq":9,"occurredAt":"2026-01-02T03:04:05Z",
                 "correlationId":"c","payload":{"result":"1-0","by":null}}""", GameEvent.class);
        assertThat(event.text("result")).isEqualTo("1-0");
        assertThat(event.text("by")).isNull();
        assertThat(event.payload()).containsKey("by");
    }

    @Test
    void an_error_answer_without_problem_details_keeps_its_status_and_body() {
        RookeryApiException e = Problems.from(502, "<html>Bad Gateway</html>", json, "r1", null);
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.code()).isEqualTo(RookeryApiException.UNEXPECTED_RESPONSE);
        assertThat(e.detail()).contains("Bad Gateway");
        assertThat(e.requestId()).isEqualTo("r1");
    }
}
