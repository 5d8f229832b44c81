package org.rookery.bot;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.MoveRequest;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.in.Actor;

/**
 * A person at the board, for tests: plays its scripted moves, then random legal ones, whenever it
 * is its turn, and waits for its opponent otherwise; resigns when the game runs too long. A test
 * fixture, not thread-safe.
 */
final class ScriptedPlayer {
    private static final Duration OPPONENT_MAY_THINK = Duration.ofSeconds(30);
    private final BotPlatform platform;
    private final Actor player;
    private final RandomGenerator random;
    private final Deque<String> script;
    private int moves;

    ScriptedPlayer(BotPlatform platform, Actor player, RandomGenerator random, List<String> script) {
        this.platform = platform;
        this.player = player;
        this.random = random;
        this.script = new ArrayDeque<>(script);
    }

    /** Plays until the game ends (or it resigns after {@code maxPlies}); returns the final view. */
    GameView playToTheEnd(String gameId, int maxPlies) {
        return playUntil(gameId, maxPlies, Integer.MAX_VALUE);
    }

    /** Plays until the game has {@code plies} moves or ends. */
    GameView playUntil(String gameId, int resignAfterPlies, int plies) {
        while (true) {
            GameView view = platform.view(gameId);
            int ply = view.moves().size();
            if (view.status().isTerminal() || ply >= plies) return view;
            if (ply >= resignAfterPlies) {
                BotPlatform.accepted(platform.games.resign(gameId, player));
                return platform.view(gameId);
            }
            if (view.status() == Lifecycle.IN_PROGRESS && view.clock().turn() == colour(view)) {
                BotPlatform.accepted(platform.games.move(gameId, player, new MoveRequest(player.userId() + "-" + ++moves, ply, next(view.fen()))));
            } else {
                Eventually.await(OPPONENT_MAY_THINK, () -> {
                    GameView now = platform.view(gameId);
                    return now.status().isTerminal() || now.moves().size() > ply;
                }, "the opponent's move at ply " + ply);
            }
        }
    }

    private Color colour(GameView view) {
        return player.userId().equals(view.white()) ? Color.WHITE : Color.BLACK;
    }

    private String next(String fen) {
        if (!script.isEmpty()) return script.pop();
        Position position = Position.fromFen(fen);
        int[] legal = position.legalMoves();
        return Uci.format(position, legal[random.nextInt(legal.length)]);
    }
}
