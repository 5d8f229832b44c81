package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.client.TestServer.Player;

class RestCallsTest {
    static final TestServer server = TestServer.start();

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_guest_creates_a_game_another_joins_and_they_play_through_typed_calls() {
        Player alice = server.player(), bob = server.player();
        Reply<Game> created = alice.client().createGame(NewGame.playing(ColorChoice.WHITE, TimeControl.ofMinutes(3, 2)).rated(false));
        assertThat(created.status()).isEqualTo(201);
        Game waiting = created.body();
        assertThat(waiting.status()).isEqualTo(GameStatus.WAITING_FOR_OPPONENT);
        assertThat(waiting.white()).isEqualTo(alice.userId());
        assertThat(waiting.black()).isNull();
        assertThat(waiting.timeControl()).isEqualTo(new TimeControl(180_000, 2_000));
        assertThat(waiting.createdAt()).isNotNull();

        Game started = bob.client().joinGame(waiting.gameId()).body();
        assertThat(started.status()).isEqualTo(GameStatus.IN_PROGRESS);
        assertThat(started.sideOf(bob.userId())).isEqualTo(Side.BLACK);
        assertThat(started.clock().turn()).isEqualTo(Side.WHITE);

        MoveAnswer e4 = alice.client().move(started.gameId(), MoveCommand.of("e2e4", 0)).body();
        assertThat(e4.san()).isEqualTo("e4");
        assertThat(e4.ply()).isEqualTo(1);
        assertThat(e4.seq()).isEqualTo(started.seq() + 1);
        assertThat(e4.status()).isEqualTo(GameStatus.IN_PROGRESS);
        assertThat(e4.clock().turn()).isEqualTo(Side.BLACK);

        Game read = server.anonymous().game(started.gameId()).body();
        assertThat(read.moves()).containsExactly("e2e4");
        assertThat(read.ply()).isEqualTo(1);
        assertThat(read.fen()).isEqualTo(e4.fen());
        assertThat(server.anonymous().pgn(started.gameId()).body()).contains("1. e4");
    }

    @Test
    void a_repeated_move_id_gets_the_first_answer_and_plays_once() {
        Player alice = server.player(), bob = server.player();
        Game game = server.startedGame(alice, bob);
        MoveCommand e4 = MoveCommand.of("e2e4", 0);
        MoveAnswer first = alice.client().move(game.gameId(), e4).body();
        MoveAnswer again = alice.client().move(game.gameId(), e4).body();
        assertThat(again).isEqualTo(first);
        assertThat(alice.client().game(game.gameId()).body().moves()).containsExactly("e2e4");
    }

    @Test
    void draw_offers_are_declined_or_accepted_and_resignation_and_abort_end_games() {
        Player alice = server.player(), bob = server.player();
        Game game = server.startedGame(alice, bob);
        assertThat(alice.client().offerDraw(game.gameId()).body().drawOfferBy()).isEqualTo(Side.WHITE);
        assertThat(bob.client().declineDraw(game.gameId()).body().drawOfferBy()).isNull();
        alice.client().offerDraw(game.gameId());
        Game drawn = bob.client().acceptDraw(game.gameId()).body();
        assertThat(drawn.status()).isEqualTo(GameStatus.ENDED);
        assertThat(drawn.result()).isEqualTo(GameResult.DRAW);
        assertThat(drawn.reason()).isEqualTo(EndReason.AGREEMENT);

        Game second = server.startedGame(alice, bob);
        Game resigned = bob.client().resign(second.gameId()).body();
        assertThat(resigned.result()).isEqualTo(GameResult.WHITE_WINS);
        assertThat(resigned.reason()).isEqualTo(EndReason.RESIGNATION);

        Game third = server.startedGame(alice, bob);
        Game aborted = alice.client().abort(third.gameId()).body();
        assertThat(aborted.status()).isEqualTo(GameStatus.ABORTED);
        assertThat(aborted.status().isOver()).isTrue();
    }

    @Test
    void refusals_become_typed_exceptions_with_status_code_detail_and_request_id() {
        Player alice = server.player(), bob = server.player();
        String gameId = server.startedGame(alice, bob).gameId();

        RookeryApiException illegal = refusal(() -> alice.client().move(gameId, MoveCommand.of("e2e5", 0)));
        assertThat(illegal.status()).isEqualTo(422);
        assertThat(illegal.code()).isEqualTo("illegal_move");
        assertThat(illegal.detail()).isNotBlank();
        assertThat(illegal.type()).isEqualTo("urn:rookery:problem:illegal_move");
        assertThat(illegal.requestId()).isNotBlank();
        assertThat(illegal.retryAfter()).isEmpty();

        RookeryApiException notYourTurn = refusal(() -> bob.client().move(gameId, MoveCommand.of("e7e5", 0)));
        assertThat(notYourTurn.status()).isEqualTo(409);
        assertThat(notYourTurn.code()).isEqualTo("not_your_turn");

        alice.client().move(gameId, MoveCommand.of("e2e4", 0));
        RookeryApiException stale = refusal(() -> bob.client().move(gameId, MoveCommand.of("e7e5", 0)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("stale_ply");

        RookeryApiException unknown = refusal(() -> alice.client().game("no-such-game"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("game_not_found");

        RookeryApiException forged = refusal(() -> server.anonymous().withToken("not.a.token").move(gameId, MoveCommand.of("e7e5", 1)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("unauthorized");

        RookeryApiException noToken = refusal(() -> server.anonymous().resign(gameId));
        assertThat(noToken.status()).isEqualTo(401);
    }

    @Test
    void every_call_carries_a_request_id_fresh_or_the_callers_and_the_server_echoes_it() {
        Player alice = server.player(), bob = server.player();
        String gameId = server.startedGame(alice, bob).gameId();
        String first = alice.client().game(gameId).requestId();
        String second = alice.client().game(gameId).requestId();
        assertThat(first).isNotBlank().isNotEqualTo(second);

        assertThat(alice.client().withRequestId("trace-42").game(gameId).requestId()).isEqualTo("trace-42");
        RookeryApiException refused = refusal(() -> alice.client().withRequestId("trace-43").move(gameId, MoveCommand.of("e2e5", 0)));
        assertThat(refused.requestId()).isEqualTo("trace-43");
        assertThat(refused.getMessage()).contains("trace-43");

        // the id of the move call becomes the correlation id of the event the move recorded
        RecordingListener watcher = new RecordingListener();
        try (LiveGame live = server.anonymous().live(gameId, watcher)) {
            long after = watcher.awaitSnapshot().seq();
            alice.client().withRequestId("trace-44").move(gameId, MoveCommand.of("e2e4", 0));
            GameEvent played = watcher.awaitEventSeq(after + 1).getLast();
            assertThat(played.type()).isEqualTo(GameEvent.MOVE_PLAYED);
            assertThat(played.correlationId()).isEqualTo("trace-44");
            assertThat(live.lastSeq()).hasValue(after + 1);
        }
        assertThatThrownBy(() -> alice.client().withRequestId("has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rate_limited_call_tells_how_long_to_wait() {
        try (TestServer strict = TestServer.start(Map.of("rookery.rate.guest-token.ip", "1/s:1"))) {
            strict.anonymous().createGuest();
            RookeryApiException limited = refusal(() -> strict.anonymous().createGuest());
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("rate_limited");
            assertThat(limited.retryAfter()).hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isBetween(1L, 2L));
        }
    }

    @Test
    void bad_arguments_are_refused_before_anything_is_sent() {
        assertThatThrownBy(() -> server.anonymous().game("../admin")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("game id");
        assertThatThrownBy(() -> MoveCommand.of("e2e4", -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ply");
        assertThatThrownBy(() -> new MoveCommand("e2e4", "", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moveId");
        assertThatThrownBy(() -> new TimeControl(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialMs");
        assertThatThrownBy(() -> RookeryClient.create(java.net.URI.create("ftp://x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_server_that_cannot_be_reached_is_a_transport_exception_naming_the_request_id() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RookeryClient nowhere = RookeryClient.create(java.net.URI.create("http://127.0.0.1:" + closedPort)).withRequestId("lost-1");
        assertThatThrownBy(nowhere::createGuest).isInstanceOfSatisfying(RookeryTransportException.class,
                e -> assertThat(e.requestId()).isEqualTo("lost-1"));
    }

    private static RookeryApiException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        RookeryApiException e = catchThrowableOfType(RookeryApiException.class, call);
        assertThat(e).as("a RookeryApiException").isNotNull();
        return e;
    }
}
