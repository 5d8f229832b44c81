package org.rookery.events.json.schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.CommandContext;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;

/**
 * Real games played through the domain, one for each way a game can go (every end reason, both
 * aborts, draw offers, castling in standard chess and Chess960, en passant, promotions), with
 * ids, names and correlation ids in quotes and outside ASCII: the events the writer is checked
 * against. Each call plays the games anew; stateless.
 */
final class PlayedGames {
    static final String ANN = "ann \"the rook\" ☕";
    static final String BJORN = "bjørn 🐦";
    private static final String FOOLS_MATE_ID = "партия-1";

    private PlayedGames() {}

    /** Every event of every game, in each game's order. */
    static List<EventEnvelope> allEvents() {
        List<EventEnvelope> events = new ArrayList<>();
        events.addAll(table(FOOLS_MATE_ID, standard(ColorChoice.WHITE)).moves("f2f3", "e7e5", "g2g4", "d8h4").events());
        events.addAll(table("scholar", standard(ColorChoice.RANDOM)).moves("e2e4", "e7e5", "f1c4", "b8c6", "d1h5", "g8f6", "h5f7").events());
        events.addAll(table("en-passant-castling-agreement", standard(ColorChoice.BLACK))
                .moves("e2e4", "a7a6", "e4e5", "d7d5", "e5d6", "c7d6", "g1f3", "b8c6", "f1e2", "g8f6", "e1g1")
                .byWhite(Game::offerDraw).byBlack(Game::declineDraw).byBlack(Game::offerDraw).byWhite(Game::acceptDraw).events());
        events.addAll(table("promotion-resigned", fen("4k3/P7/8/8/8/8/8/4K3 w - - 0 1", ColorChoice.BLACK))
                .moves("a7a8q").byBlack(Game::resign).events());
        events.addAll(table("underpromotion", fen("4k3/1P6/8/8/8/8/8/4K3 w - - 0 1", ColorChoice.WHITE)).moves("b7b8n").events());
        events.addAll(table("chess960", fen("rk5r/8/8/8/8/8/8/RK5R w HAha - 0 1", ColorChoice.WHITE)).moves("b1a1", "b8a8")
                .byWhite(Game::resign).events());
        events.addAll(table("stalemate", fen("7k/8/6K1/8/8/8/8/5Q2 w - - 0 1", ColorChoice.WHITE)).moves("f1f7").events());
        events.addAll(table("fifty", fen("4k3/8/8/8/8/8/8/R3K3 w - - 99 80", ColorChoice.WHITE)).moves("a1a2").byBlack(Game::claimDraw).events());
        events.addAll(table("seventy-five", fen("4k3/8/8/8/8/8/8/R3K3 w - - 149 80", ColorChoice.WHITE)).moves("a1a2").events());
        String[] dance = {"g1f3", "g8f6", "f3g1", "f6g8"};
        events.addAll(table("threefold", standard(ColorChoice.WHITE)).moves(dance).moves(dance).byWhite(Game::claimDraw).events());
        events.addAll(table("fivefold", standard(ColorChoice.WHITE)).moves(dance).moves(dance).moves(dance).moves(dance).events());
        events.addAll(table("flagged", new GameSetup(60_000, 0, ColorChoice.WHITE, true, null)).moves("e2e4").flagAfter(Duration.ofMinutes(2)).events());
        events.addAll(table("flag-vs-bare-king", new GameSetup(60_000, 1_000, ColorChoice.WHITE, false, "4k3/8/8/8/8/8/8/Q3K3 w - - 0 1"))
                .flagAfter(Duration.ofMinutes(2)).events());
        events.addAll(table("aborted-after-one-move", standard(ColorChoice.WHITE)).moves("d2d4").byBlack(Game::abort).events());
        Table waiting = new Table("aborted-waiting", standard(ColorChoice.RANDOM));
        waiting.run(ANN, Game::abort);
        events.addAll(waiting.events());
        return events;
    }

    private static GameSetup standard(ColorChoice creatorColor) {
        return GameSetup.standard(180_000, 2_000, creatorColor, true);
    }

    private static GameSetup fen(String fen, ColorChoice creatorColor) {
        return new GameSetup(300_000, 0, creatorColor, true, fen);
    }

    private static Table table(String gameId, GameSetup setup) {
        Table table = new Table(gameId, setup);
        table.run(BJORN, Game::join);
        return table;
    }

    /** One game between ANN (the creator) and BJORN, commands one second apart. Not thread-safe. */
    private static final class Table {
        private final List<EventEnvelope> events = new ArrayList<>();
        private final Game game;
        private Instant now = Instant.parse("2026-03-01T12:00:00.250Z");
        private long eventIds;
        private int moveIds;

        Table(String gameId, GameSetup setup) {
            game = accepted(Game.create(gameId, setup, ctx(ANN), new Random(7)));
            drain();
        }

        Table moves(String... ucis) {
            for (String uci : ucis) {
                String mover = player(game.view(now).fen().contains(" w "));
                String moveId = moveIds++ == 0 ? "first \"move\" ♞ " + "x".repeat(100) : "m" + moveIds;
                run(mover, (g, ctx) -> g.move(ctx, new MoveRequest(moveId, g.ply(), uci)));
            }
            return this;
        }

        Table byWhite(Command command) {
            return run(player(true), command);
        }

        Table byBlack(Command command) {
            return run(player(false), command);
        }

        Table flagAfter(Duration wait) {
            now = now.plus(wait);
            return run(CommandContext.SYSTEM, Game::flag);
        }

        Table run(String actor, Command command) {
            accepted(command.apply(game, ctx(actor)));
            drain();
            return this;
        }

        List<EventEnvelope> events() {
            return events;
        }

        private String player(boolean white) {
            return white ? game.view(now).white() : game.view(now).black();
        }

        private CommandContext ctx(String actor) {
            now = now.plusSeconds(1);
            String correlation = switch ((int) (eventIds % 3)) {
                case 0 -> "";
                case 1 -> "req-\"" + eventIds + "\"";
                default -> "запрос-" + eventIds;
            };
            return new CommandContext(actor, now, correlation, () -> "evt-" + ++eventIds);
        }

        private void drain() {
            events.addAll(game.drainPendingEvents());
        }

        private static <T> T accepted(Outcome<T> outcome) {
            if (outcome instanceof Outcome.Accepted<T> a) return a.value();
            throw new IllegalStateException("the scripted command was refused: " + outcome);
        }
    }

    /** A command of the game's API. */
    @FunctionalInterface
    private interface Command {
        Outcome<?> apply(Game game, CommandContext ctx);
    }
}
