package org.rookery.domain.game;

import java.util.ArrayList;
import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.GameStatus;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.clock.ChessClock;
import org.rookery.domain.clock.ClockView;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MovePlayed;

/**
 * Turns a game's accepted decisions into events: numbers and wraps each one, applies it to the
 * state and keeps it until the caller drains it. Also the move's hot path (SAN, FEN, clock) and
 * the answers to moves. Not thread-safe: part of one {@link Game}.
 */
final class EventRecorder {
    private final GameState s;
    private final ArrayList<EventEnvelope> pending = new ArrayList<>(2);

    EventRecorder(GameState state) {
        this.s = state;
    }

    MoveOutcome play(CommandContext ctx, String moveId, int move) {
        Position p = s.position;
        String uci = Uci.format(p, move);
        String san = San.format(p, move);
        p.makeMove(move);
        String fen = p.toFen();
        ChessClock clock = s.clock;
        clock.switchTurn(ctx.atMillis(), 0);
        EventEnvelope e = envelope(ctx, new MovePlayed(s.ply() + 1, uci, san, fen,
                clock.storedMs(Color.WHITE), clock.storedMs(Color.BLACK), moveId));
        s.applyMadeMove(e);
        pending.add(e);
        GameStatus verdict = p.status();
        if (verdict.isOver()) {
            boolean moverIsWhite = p.sideToMove() == Color.BLACK;
            GameResult result = verdict == GameStatus.CHECKMATE ? GameResult.winFor(moverIsWhite) : GameResult.DRAW;
            end(ctx, result, EndReason.valueOf(verdict.name()));
        }
        return outcomeOf(s.moves.getLast(), fen);
    }

    /** The answer to the move {@code m}; {@code fen} may be null for a move other than the last. */
    MoveOutcome outcomeOf(PlayedMove m, String fen) {
        boolean last = m.ply() == s.ply();
        boolean endedByIt = last && s.lifecycle == Lifecycle.ENDED && s.reason.isAutomaticAfterMove();
        if (fen == null) fen = last ? s.position.toFen() : GameMementos.fenAfter(s, m.ply());
        Color turnAfter = (s.ply() - m.ply()) % 2 == 0 ? s.position.sideToMove() : s.position.sideToMove().opposite();
        var clock = new ClockView(m.whiteMs(), m.blackMs(), turnAfter, !endedByIt);
        return new MoveOutcome(m.seq(), m.ply(), m.uci(), m.san(), fen, clock, endedByIt ? Lifecycle.ENDED : Lifecycle.IN_PROGRESS);
    }

    void endOnTime(CommandContext ctx) {
        Color winner = s.clock.turn().opposite();
        if (MatingMaterial.canMate(s.position, winner)) end(ctx, GameResult.winFor(winner == Color.WHITE), EndReason.TIMEOUT);
        else end(ctx, GameResult.DRAW, EndReason.TIMEOUT_VS_INSUFFICIENT_MATERIAL);
    }

    void end(CommandContext ctx, GameResult result, EndReason reason) {
        long now = ctx.atMillis();
        emit(ctx, new GameEnded(result, reason, s.white, s.black, s.rated, s.timeControl, GamePgn.of(s.readView(), result.notation(), reason),
                ctx.actor(), s.clock.remainingMs(Color.WHITE, now), s.clock.remainingMs(Color.BLACK, now)));
    }

    void emit(CommandContext ctx, GameEvent payload) {
        EventEnvelope e = envelope(ctx, payload);
        s.apply(e);
        pending.add(e);
    }

    private EventEnvelope envelope(CommandContext ctx, GameEvent payload) {
        return EventEnvelope.of(ctx.eventIds().nextEventId(), s.gameId, s.seq + 1, ctx.at(), ctx.correlationId(), payload);
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    List<EventEnvelope> drain() {
        List<EventEnvelope> events = List.copyOf(pending);
        pending.clear();
        return events;
    }
}
