package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;

class GameRoutesTest {
    static final TestPlatform platform = TestPlatform.start();

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void a_guest_creates_a_game_that_waits_for_an_opponent() {
        Guest alice = platform.guest();
        HttpResponse<String> created = platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"black\",\"rated\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode game = TestPlatform.json(created);
        assertThat(game.get("status").asText()).isEqualTo("waiting_for_opponent");
        assertThat(game.get("black").asText()).isEqualTo(alice.userId());
        assertThat(game.get("white").isNull()).isTrue();
        assertThat(game.get("rated").asBoolean()).isTrue();
        assertThat(game.get("timeControl").get("initialMs").asLong()).isEqualTo(60000);
        assertThat(game.get("clock").get("running").asBoolean()).isFalse();
        assertThat(game.get("result").isNull()).isTrue();
        assertThat(game.get("seq").asLong()).isEqualTo(1);
        assertThat(created.headers().firstValue("Location")).hasValue("/v1/games/" + game.get("gameId").asText());
    }
}
