package org.rookery.domain.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.Position;
import org.rookery.domain.clock.ChessClock;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/**
 * The mutable state of one game and the only code that changes it: {@link #apply} folds an
 * event into it, for live commands and replay alike, so both give the same state. Not
 * thread-safe.
 */
final class GameState {
    final String gameId;
    long seq;
    Lifecycle lifecycle;
    Instant createdAt;
    String createdBy;
    TimeControl timeControl;
    boolean rated;
    String initialFen;
    String white;
    String black;
    Position position;
    ChessClock clock;
    String fen; // the position's FEN, kept from the events rather than recomputed for every read view
    final PlayedMoves moves = new PlayedMoves();
    /** Each side's moves by the mover's own move id: ids are the movers' idempotency keys, not the game's. */
    private final HashMap<String, PlayedMove> whiteMovesById = new HashMap<>(), blackMovesById = new HashMap<>();
    Color drawOfferBy;
    GameResult result;
    EndReason reason;
    final ArrayList<AuditEntry> audit = new ArrayList<>(4);

    GameState(String gameId) {
        this.gameId = gameId;
    }

    /** Folds a recorded event into the state (replay path: moves are found from their UCI). */
    void apply(EventEnvelope e) {
        checkOrder(e);
        switch (e.payload()) {
            case GameCreated c -> created(c, e);
            case PlayerJoined j -> joined(j, e);
            case MovePlayed m -> {
                int move = MoveText.find(position, m.uci());
                if (move == Move.NONE) throw new IllegalStateException("event " + e.seq() + " of " + gameId + " holds an illegal move " + m.uci());
                position.makeMove(move);
                moved(m, e);
            }
            case DrawOffered d -> drawOfferBy = d.by();
            case DrawDeclined d -> drawOfferBy = null;
            case GameEnded g -> ended(g, e);
            case GameAborted a -> aborted(a, e);
        }
        seq = e.seq();
    }

    /** Folds a move event whose move the live path has already made on the position. */
    void applyMadeMove(EventEnvelope e) {
        checkOrder(e);
        moved((MovePlayed) e.payload(), e);
        seq = e.seq();
    }

    private void checkOrder(EventEnvelope e) {
        if (!e.gameId().equals(gameId)) throw new IllegalArgumentException("event of " + e.gameId() + " applied to " + gameId);
        if (e.seq() != seq + 1) throw new IllegalArgumentException("event seq " + e.seq() + " after " + seq + " in " + gameId);
        if ((seq == 0) != (e.payload() instanceof GameCreated)) throw new IllegalArgumentException("a game starts with GameCreated, and only once");
    }

    private void created(GameCreated c, EventEnvelope e) {
        createdAt = e.occurredAt();
        createdBy = c.createdBy();
        timeControl = c.timeControl();
        rated = c.rated();
        initialFen = c.initialFen();
        white = c.white();
        black = c.black();
        position = Position.fromFen(initialFen);
        fen = initialFen;
        clock = new ChessClock(timeControl, position.sideToMove());
        transition(e, c.createdBy(), "create", Lifecycle.WAITING_FOR_OPPONENT, "created the game");
    }

    private void joined(PlayerJoined j, EventEnvelope e) {
        if (j.color() == Color.WHITE) white = j.userId();
        else black = j.userId();
        clock.start(e.occurredAt().toEpochMilli());
        transition(e, j.userId(), "join", Lifecycle.IN_PROGRESS, "the opponent joined");
    }

    private void moved(MovePlayed m, EventEnvelope e) {
        Color next = position.sideToMove();
        clock.set(m.whiteMs(), m.blackMs(), next, true, e.occurredAt().toEpochMilli());
        PlayedMove played = new PlayedMove(m.ply(), m.moveId(), m.uci(), m.san(), m.whiteMs(), m.blackMs(), e.seq(), e.occurredAt());
        moves.add(played);
        fen = m.fen();
        movesBy(next.opposite()).put(m.moveId(), played);
        // A move by the player who received a draw offer declines it; the offerer's own move keeps it.
        if (drawOfferBy == next) drawOfferBy = null;
    }

    private void ended(GameEnded g, EventEnvelope e) {
        stopClock(g.whiteMs(), g.blackMs());
        result = g.result();
        reason = g.reason();
        transition(e, g.by(), actionFor(g.reason()), Lifecycle.ENDED, g.reason().wireName());
    }

    private void aborted(GameAborted a, EventEnvelope e) {
        stopClock(a.whiteMs(), a.blackMs());
        reason = EndReason.ABORTED;
        transition(e, a.by(), "abort", Lifecycle.ABORTED, "aborted before both sides moved");
    }

    private void stopClock(long whiteMs, long blackMs) {
        clock.set(whiteMs, blackMs, clock.turn(), false, clock.turnStartedAtMs());
        drawOfferBy = null;
    }

    private void transition(EventEnvelope e, String actor, String action, Lifecycle to, String why) {
        audit.add(new AuditEntry(e.seq(), e.occurredAt(), actor, action, lifecycle, to, why));
        lifecycle = to;
    }

    private static String actionFor(EndReason reason) {
        return switch (reason) {
            case RESIGNATION -> "resign";
            case AGREEMENT -> "accept_draw";
            case THREEFOLD_REPETITION, FIFTY_MOVES -> "claim_draw";
            case TIMEOUT, TIMEOUT_VS_INSUFFICIENT_MATERIAL -> "flag";
            default -> "move";
        };
    }

    int ply() {
        return moves.size();
    }

    /** The move {@code mover} played under {@code moveId}, or null. */
    PlayedMove moveBy(Color mover, String moveId) {
        return movesBy(mover).get(moveId);
    }

    /** Files a move restored from a snapshot under its mover's ids (who moved follows from the ply). */
    void restoreMove(PlayedMove move, Color firstToMove) {
        moves.add(move);
        movesBy(move.ply() % 2 == 1 ? firstToMove : firstToMove.opposite()).put(move.moveId(), move);
    }

    private HashMap<String, PlayedMove> movesBy(Color mover) {
        return mover == Color.WHITE ? whiteMovesById : blackMovesById;
    }

    GameReadView readView() {
        return new GameReadView(gameId, lifecycle, white, black, initialFen, fen, moves.frozen(), seq, clock.reading(), result, reason,
                timeControl, rated, createdAt, drawOfferBy);
    }

    Color colorOf(String user) {
        if (user.equals(white)) return Color.WHITE;
        if (user.equals(black)) return Color.BLACK;
        return null;
    }
}
