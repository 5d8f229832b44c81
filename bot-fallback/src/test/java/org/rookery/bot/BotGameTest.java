package org.rookery.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.bot.BotPlatform.ALICE;
import static org.rookery.bot.BotPlatform.accepted;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.adapters.memory.InMemoryOpeningBook;
import org.rookery.adapters.memory.InMemoryPositionAnalyst;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.MoveRequest;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.PlayMoveUseCase;
import org.rookery.ports.out.BookMove;
import org.rookery.ports.out.OpeningBook;
import org.rookery.ports.out.engine.PositionAnalyst;

/** Bots in ordinary live games on the in-memory platform, against a scripted player or each other. */
@Timeout(120)
class BotGameTest {
    private static final Actor BOT = new Actor("bot-level-3", "bot");
    private static final String AFTER_E4 = "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1";
    private static final OpeningBook BOOK = new InMemoryOpeningBook(Map.of(AFTER_E4, List.of(new BookMove("c7c5", 1, 0))));
    private final BotPlatform platform = new BotPlatform();
    private final BotCounters counters = new BotCounters();
    private Bots bots;

    @AfterEach
    void stop_the_bots() {
        if (bots != null) bots.close();
    }

    @Test
    void a_bot_plays_a_whole_game_against_a_person_from_its_book_and_its_engine() {
        bots = bots(new InMemoryPositionAnalyst(), BotSettings.DEFAULTS);
        String gameId = platform.openGame(ALICE, ColorChoice.WHITE, 600_000, 0);
        accepted(bots.join(gameId, BOT, BotLevel.of(3)));

        GameView end = new ScriptedPlayer(platform, ALICE, new Random(9), List.of("e2e4")).playToTheEnd(gameId, 300);

        assertThat(end.status()).isEqualTo(Lifecycle.ENDED);
        List<MovePlayed> botMoves = movesOf(gameId, 1);
        assertThat(botMoves).isNotEmpty().allSatisfy(m -> assertThat(m.moveId()).isEqualTo("bot-" + gameId + "-" + (m.ply() - 1)));
        assertThat(botMoves.getFirst().uci()).as("from the book").isEqualTo("c7c5");
        // The bot counts a move once the pipeline answered it, a moment after the game may have ended.
        Eventually.await(Duration.ofSeconds(10), () -> counters.moveCount(MoveSource.ENGINE) == botMoves.size() - 1, "the engine moves counted");
        assertThat(counters.moveCount(MoveSource.BOOK)).isEqualTo(1);
        assertThat(counters.moveCount(MoveSource.RANDOM)).isZero();
        Eventually.await(Duration.ofSeconds(5), () -> bots.playing() == 0, "the bot to leave the finished game");
    }

    @Test
    void two_bots_play_each_other_to_the_end() {
        bots = bots(new InMemoryPositionAnalyst(), BotSettings.DEFAULTS);
        Actor weak = new Actor("bot-level-1", "bot"), strong = new Actor("bot-level-4", "bot");
        String gameId = accepted(platform.games.create(weak, GameSetup.standard(600_000, 0, ColorChoice.WHITE, false))).gameId();
        accepted(bots.play(gameId, weak, BotLevel.of(1)));
        accepted(bots.join(gameId, strong, BotLevel.of(4)));
        Eventually.await(Duration.ofSeconds(100), () -> platform.view(gameId).status().isTerminal(), "the game to end");
        GameView end = platform.view(gameId);
        assertThat(end.status()).isEqualTo(Lifecycle.ENDED);
        assertThat(end.moves()).hasSizeGreaterThan(4);
    }

    @Test
    void a_bot_playing_white_moves_as_soon_as_it_joins() {
        bots = bots(new InMemoryPositionAnalyst(), BotSettings.DEFAULTS);
        String gameId = platform.openGame(ALICE, ColorChoice.BLACK, 600_000, 0);
        accepted(bots.join(gameId, BOT, BotLevel.of(2)));
        Eventually.await(Duration.ofSeconds(20), () -> platform.view(gameId).moves().size() == 1, "the bot's first move");
    }

    @Test
    void a_game_goes_on_with_every_engine_dead() {
        bots = bots(FakeAnalyst.failing(), BotSettings.DEFAULTS);
        String gameId = platform.openGame(ALICE, ColorChoice.WHITE, 600_000, 0);
        accepted(bots.join(gameId, BOT, BotLevel.of(5)));
        new ScriptedPlayer(platform, ALICE, new Random(3), List.of("d2d4")).playUntil(gameId, 1_000, 30);
        Eventually.await(Duration.ofSeconds(20), () -> platform.view(gameId).moves().size() >= 30 || platform.view(gameId).status().isTerminal(), "the bot's moves");
        int botMoves = movesOf(gameId, 1).size();
        assertThat(botMoves).isPositive();
        Eventually.await(Duration.ofSeconds(10), () -> counters.moveCount(MoveSource.RANDOM) == botMoves, "every bot move counted as random");
        assertThat(bots.engineBreaker()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void a_bot_whose_engine_never_answers_still_moves_and_stops_asking_once_the_breaker_opens() {
        FakeAnalyst engine = FakeAnalyst.hanging();
        BotBudgets budgets = new BotBudgets(Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMillis(300));
        bots = bots(engine, new BotSettings(budgets, new GuardSettings(4, 4, 50, Duration.ofMinutes(5), 1, 8), GuardSettings.defaults()));
        String gameId = platform.openGame(ALICE, ColorChoice.WHITE, 600_000, 0);
        accepted(bots.join(gameId, BOT, BotLevel.of(6)));
        new ScriptedPlayer(platform, ALICE, new Random(4), List.of("g1f3")).playUntil(gameId, 1_000, 16);
        Eventually.await(Duration.ofSeconds(20), () -> platform.view(gameId).moves().size() >= 16 || platform.view(gameId).status().isTerminal(), "the bot's moves");
        assertThat(engine.requests).as("asked until the breaker opened").hasSize(4);
        assertThat(counters.timeoutCount(Budget.ENGINE)).isEqualTo(4);
        int botMoves = movesOf(gameId, 1).size();
        Eventually.await(Duration.ofSeconds(10), () -> counters.moveCount(MoveSource.RANDOM) == botMoves, "every bot move counted as random");
    }

    @Test
    void a_move_sent_again_after_its_answer_was_lost_is_played_once() {
        AtomicBoolean lost = new AtomicBoolean();
        List<MoveRequest> sent = new CopyOnWriteArrayList<>();
        PlayMoveUseCase losingTheFirstAnswer = (gameId, player, move) -> {
            sent.add(move);
            var answer = platform.games.move(gameId, player, move);
            if (lost.compareAndSet(false, true)) throw new IllegalStateException("connection reset after the move was recorded");
            return answer;
        };
        BotUseCases flaky = new BotUseCases(platform.games, losingTheFirstAnswer, platform.games, platform.games);
        bots = new Bots(flaky, new InMemoryPositionAnalyst(), BOOK, BotSettings.DEFAULTS, platform.time, new Random(5), counters);
        String gameId = platform.openGame(ALICE, ColorChoice.BLACK, 600_000, 0);
        accepted(bots.join(gameId, BOT, BotLevel.of(2)));
        Eventually.await(Duration.ofSeconds(20), () -> sent.size() == 2, "the move sent again");
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
        assertThat(platform.movesPlayed(gameId)).hasSize(1);
        Eventually.await(Duration.ofSeconds(5), () -> counters.moveCount(MoveSource.ENGINE) == 1, "the move counted once");
    }

    private Bots bots(PositionAnalyst engine, BotSettings settings) {
        return new Bots(platform.useCases(), engine, BOOK, settings, platform.time, new Random(5), counters);
    }

    /** The moves of one side (0 White, 1 Black) as recorded. */
    private List<MovePlayed> movesOf(String gameId, int side) {
        return platform.movesPlayed(gameId).stream().filter(m -> (m.ply() - 1) % 2 == side).toList();
    }
}
