package org.rookery.domain.game;

import static org.rookery.domain.game.Rejection.ABORT_NOT_ALLOWED;
import static org.rookery.domain.game.Rejection.CANNOT_JOIN_OWN_GAME;
import static org.rookery.domain.game.Rejection.CLOCK_NOT_EXPIRED;
import static org.rookery.domain.game.Rejection.DRAW_ALREADY_OFFERED;
import static org.rookery.domain.game.Rejection.DRAW_NOT_CLAIMABLE;
import static org.rookery.domain.game.Rejection.FORBIDDEN;
import static org.rookery.domain.game.Rejection.GAME_FULL;
import static org.rookery.domain.game.Rejection.GAME_NOT_IN_PROGRESS;
import static org.rookery.domain.game.Rejection.ILLEGAL_MOVE;
import static org.rookery.domain.game.Rejection.INVALID_FEN;
import static org.rookery.domain.game.Rejection.INVALID_REQUEST;
import static org.rookery.domain.game.Rejection.INVALID_TIME_CONTROL;
import static org.rookery.domain.game.Rejection.INVALID_TRANSITION;
import static org.rookery.domain.game.Rejection.NO_DRAW_OFFER;
import static org.rookery.domain.game.Rejection.NOT_YOUR_TURN;
import static org.rookery.domain.game.Rejection.STALE_PLY;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.GameStatus;
import org.rookery.domain.chess.InvalidFenException;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.Position;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.PlayerJoined;

/**
 * A live game, the aggregate: every command checks the lifecycle transition and the rules,
 * answers with an {@link Outcome}, and records what it accepted as events (see
 * {@link #drainPendingEvents()}). The state changes only by applying those events, so
 * {@link #replay} rebuilds exactly the same game. The position is kept incrementally.
 * Mutable and not thread-safe: callers serialize the commands of one game.
 */
public final class Game {
    private final GameState s;
    private final EventRecorder recorder;

    private Game(GameState state) {
        this.s = state;
        this.recorder = new EventRecorder(state);
    }

    /** Opens a game waiting for an opponent; a random colour is drawn from {@code random}. */
    public static Outcome<Game> create(String gameId, GameSetup setup, CommandContext ctx, RandomGenerator random) {
        if (gameId == null || gameId.isBlank()) throw new IllegalArgumentException("gameId must not be blank");
        String badClock = TimeControl.problem(setup.initialMs(), setup.incrementMs());
        if (badClock != null) return Outcome.rejected(INVALID_TIME_CONTROL, badClock);
        Position start;
        try {
            start = Position.fromFen(setup.fen() == null ? Position.STANDARD_START : setup.fen());
        } catch (InvalidFenException e) {
            return Outcome.rejected(INVALID_FEN, e.getMessage());
        }
        GameStatus verdict = start.status();
        if (verdict.isOver()) return Outcome.rejected(INVALID_FEN, "the start position is already over: " + verdict.wireName());
        boolean creatorIsWhite = switch (setup.color()) {
            case WHITE -> true;
            case BLACK -> false;
            case RANDOM -> random.nextBoolean();
        };
        String me = ctx.actor();
        Game game = new Game(new GameState(gameId));
        game.recorder.emit(ctx, new GameCreated(me, creatorIsWhite ? me : null, creatorIsWhite ? null : me,
                new TimeControl(setup.initialMs(), setup.incrementMs()), setup.rated(), start.toFen()));
        return Outcome.accepted(game);
    }

    /** Rebuilds a game from its recorded events, the first being {@link GameCreated}. */
    public static Game replay(List<EventEnvelope> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("no events to replay");
        Game game = new Game(new GameState(events.getFirst().gameId()));
        for (EventEnvelope e : events) game.s.apply(e);
        return game;
    }

    /** Rebuilds a game from a snapshot; events recorded after it follow through {@link #apply}. */
    public static Game restore(GameMemento memento) {
        return new Game(GameMementos.restore(memento));
    }

    /** Folds in an event recorded earlier (catching up after a snapshot). */
    public void apply(EventEnvelope event) {
        if (recorder.hasPending()) throw new IllegalStateException("uncommitted events pending in " + s.gameId);
        s.apply(event);
    }

    public Outcome<Game> join(CommandContext ctx) {
        if (s.lifecycle == Lifecycle.IN_PROGRESS) return Outcome.rejected(GAME_FULL, "both colours are taken");
        if (!s.lifecycle.canBecome(Lifecycle.IN_PROGRESS)) return invalidTransition("join");
        if (ctx.actor().equals(s.createdBy)) return Outcome.rejected(CANNOT_JOIN_OWN_GAME, "you created this game");
        recorder.emit(ctx, new PlayerJoined(ctx.actor(), s.white == null ? Color.WHITE : Color.BLACK));
        return Outcome.accepted(this);
    }

    /**
     * Plays a move. Who asks is checked first: a spectator is refused whatever the game's state.
     * A move id the same player used before returns that move's answer and changes nothing (ids
     * are each player's own idempotency keys: the opponent's ids, public in every event, mean
     * nothing here).
     */
    public Outcome<MoveOutcome> move(CommandContext ctx, MoveRequest request) {
        String moveId = request == null ? null : request.moveId();
        if (moveId == null || moveId.isBlank() || moveId.length() > MoveRequest.MAX_MOVE_ID_LENGTH) {
            return Outcome.rejected(INVALID_REQUEST, "moveId must have 1 to " + MoveRequest.MAX_MOVE_ID_LENGTH + " characters");
        }
        Outcome<MoveOutcome> stranger = refuseStranger(ctx);
        if (stranger != null) return stranger;
        Color mover = s.colorOf(ctx.actor());
        PlayedMove earlier = s.moveBy(mover, moveId);
        if (earlier != null) return Outcome.accepted(recorder.outcomeOf(earlier, null));
        Outcome<MoveOutcome> refused = refuseUnlessPlaying(ctx);
        if (refused != null) return refused;
        if (request.ply() != s.ply()) {
            return Outcome.rejected(STALE_PLY, "the move was decided at ply " + request.ply() + " but the game is at ply " + s.ply());
        }
        if (mover != s.position.sideToMove()) return Outcome.rejected(NOT_YOUR_TURN, "it is " + s.position.sideToMove().wireName() + "'s move");
        int move = MoveText.find(s.position, request.uci());
        if (move == Move.NONE) return Outcome.rejected(ILLEGAL_MOVE, "'" + request.uci() + "' is not a legal move in " + s.position.toFen());
        return Outcome.accepted(recorder.play(ctx, moveId, move));
    }

    public Outcome<Game> resign(CommandContext ctx) {
        Outcome<Game> refused = refuseUnlessPlaying(ctx);
        if (refused != null) return refused;
        recorder.end(ctx, GameResult.winFor(s.colorOf(ctx.actor()) == Color.BLACK), EndReason.RESIGNATION);
        return Outcome.accepted(this);
    }

    /** Offers a draw; offering while the opponent's offer stands accepts it. */
    public Outcome<Game> offerDraw(CommandContext ctx) {
        Outcome<Game> refused = refuseUnlessPlaying(ctx);
        if (refused != null) return refused;
        Color me = s.colorOf(ctx.actor());
        if (s.drawOfferBy == me) return Outcome.rejected(DRAW_ALREADY_OFFERED, "your draw offer is still pending");
        if (s.drawOfferBy == me.opposite()) recorder.end(ctx, GameResult.DRAW, EndReason.AGREEMENT);
        else recorder.emit(ctx, new DrawOffered(me));
        return Outcome.accepted(this);
    }

    public Outcome<Game> acceptDraw(CommandContext ctx) {
        Outcome<Game> refused = refuseUnlessOffered(ctx);
        if (refused != null) return refused;
        recorder.end(ctx, GameResult.DRAW, EndReason.AGREEMENT);
        return Outcome.accepted(this);
    }

    public Outcome<Game> declineDraw(CommandContext ctx) {
        Outcome<Game> refused = refuseUnlessOffered(ctx);
        if (refused != null) return refused;
        recorder.emit(ctx, new DrawDeclined(s.colorOf(ctx.actor())));
        return Outcome.accepted(this);
    }

    /** Claims a draw by threefold repetition or, failing that, the fifty-move rule. */
    public Outcome<Game> claimDraw(CommandContext ctx) {
        Outcome<Game> refused = refuseUnlessPlaying(ctx);
        if (refused != null) return refused;
        if (s.position.canClaimThreefoldRepetition()) recorder.end(ctx, GameResult.DRAW, EndReason.THREEFOLD_REPETITION);
        else if (s.position.canClaimFiftyMoves()) recorder.end(ctx, GameResult.DRAW, EndReason.FIFTY_MOVES);
        else return Outcome.rejected(DRAW_NOT_CLAIMABLE, "no threefold repetition and fewer than fifty moves without capture or pawn move");
        return Outcome.accepted(this);
    }

    /** Calls the game off: the creator while waiting, a player before both sides have moved. */
    public Outcome<Game> abort(CommandContext ctx) {
        Outcome<Game> stranger = refuseStranger(ctx);
        if (stranger != null) return stranger;
        if (!s.lifecycle.canBecome(Lifecycle.ABORTED)) return invalidTransition("abort");
        if (s.lifecycle == Lifecycle.IN_PROGRESS) {
            Outcome<Game> refused = refuseUnlessPlaying(ctx);
            if (refused != null) return refused;
            if (s.ply() >= 2) return Outcome.rejected(ABORT_NOT_ALLOWED, "both sides have moved; resign or offer a draw instead");
        }
        long now = ctx.atMillis();
        recorder.emit(ctx, new GameAborted(ctx.actor(), s.clock.remainingMs(Color.WHITE, now), s.clock.remainingMs(Color.BLACK, now)));
        return Outcome.accepted(this);
    }

    /** Ends the game on time if the running side's clock is out; a player (or the timer) may ask. */
    public Outcome<Game> flag(CommandContext ctx) {
        if (!CommandContext.SYSTEM.equals(ctx.actor())) {
            Outcome<Game> stranger = refuseStranger(ctx);
            if (stranger != null) return stranger;
        }
        if (s.lifecycle != Lifecycle.IN_PROGRESS) return notInProgress();
        if (!s.clock.hasFlagged(ctx.atMillis())) {
            return Outcome.rejected(CLOCK_NOT_EXPIRED, s.clock.turn().wireName() + " still has " + s.clock.remainingMs(s.clock.turn(), ctx.atMillis()) + " ms");
        }
        recorder.endOnTime(ctx);
        return Outcome.accepted(this);
    }

    // ---- queries ----------------------------------------------------------------------------

    public String id() {
        return s.gameId;
    }

    public Lifecycle lifecycle() {
        return s.lifecycle;
    }

    /** The sequence number of the last event, pending ones included. */
    public long seq() {
        return s.seq;
    }

    /** Half-moves played so far: the {@code ply} the next move request must carry. */
    public int ply() {
        return s.ply();
    }

    /** The colour {@code user} plays, or null for a spectator. */
    public Color colorOf(String user) {
        return s.colorOf(user);
    }

    /** When the running side's flag falls (epoch ms), or {@link Long#MAX_VALUE} when no clock runs. */
    public long flagDeadlineMillis() {
        return s.lifecycle == Lifecycle.IN_PROGRESS ? s.clock.flagDeadlineMs() : Long.MAX_VALUE;
    }

    public GameView view(Instant now) {
        return readView().view(now);
    }

    /** The game as of its last command, for readers that must not wait for its writers. */
    public GameReadView readView() {
        return s.readView();
    }

    public GameMemento memento() {
        return GameMementos.of(s);
    }

    /** The game so far in PGN ({@code *} as the result while it is undecided). */
    public String pgn() {
        return s.readView().pgn();
    }

    public List<AuditEntry> auditTrail() {
        return Collections.unmodifiableList(s.audit);
    }

    /** The events accepted since the last call, oldest first; the caller must make them durable. */
    public List<EventEnvelope> drainPendingEvents() {
        return recorder.drain();
    }

    // ---- internals ----------------------------------------------------------------------------

    /**
     * A rejection when the actor is not a player of this game (while it waits: not its creator);
     * else null. Checked before anything else, so a stranger learns nothing of the game's state.
     */
    private <T> Outcome<T> refuseStranger(CommandContext ctx) {
        if (s.colorOf(ctx.actor()) == null) return Outcome.rejected(FORBIDDEN, ctx.actor() + " is not a player in this game");
        return null;
    }

    /** A rejection when the actor is not a player or the game is not being played (after ending it on time if its flag fell); else null. */
    private <T> Outcome<T> refuseUnlessPlaying(CommandContext ctx) {
        Outcome<T> stranger = refuseStranger(ctx);
        if (stranger != null) return stranger;
        if (s.lifecycle == Lifecycle.IN_PROGRESS && s.clock.hasFlagged(ctx.atMillis())) {
            Color flagged = s.clock.turn();
            recorder.endOnTime(ctx);
            return Outcome.rejected(GAME_NOT_IN_PROGRESS, "the game has ended: " + flagged.wireName() + " ran out of time");
        }
        if (s.lifecycle != Lifecycle.IN_PROGRESS) return notInProgress();
        return null;
    }

    private Outcome<Game> refuseUnlessOffered(CommandContext ctx) {
        Outcome<Game> refused = refuseUnlessPlaying(ctx);
        if (refused != null) return refused;
        if (s.drawOfferBy != s.colorOf(ctx.actor()).opposite()) return Outcome.rejected(NO_DRAW_OFFER, "your opponent has not offered a draw");
        return null;
    }

    private <T> Outcome<T> notInProgress() {
        return Outcome.rejected(GAME_NOT_IN_PROGRESS, "the game is " + s.lifecycle.wireName());
    }

    private <T> Outcome<T> invalidTransition(String command) {
        return Outcome.rejected(INVALID_TRANSITION, "cannot " + command + " a game that is " + s.lifecycle.wireName());
    }

}
