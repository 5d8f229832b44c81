package org.rookery.domain.game;

import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.Position;
import org.rookery.domain.clock.ChessClock;

/**
 * Converts between a game's state and its {@link GameMemento}, and recomputes past positions.
 * Stateless, so thread-safe.
 */
final class GameMementos {
    private GameMementos() {}

    static GameMemento of(GameState s) {
        ChessClock c = s.clock;
        return new GameMemento(s.gameId, s.seq, s.lifecycle, s.createdAt, s.createdBy, s.timeControl, s.rated,
                s.initialFen, s.white, s.black, s.fen, s.moves.frozen(), c.storedMs(Color.WHITE),
                c.storedMs(Color.BLACK), c.turn(), c.isRunning(), c.turnStartedAtMs(),
                s.drawOfferBy, s.result, s.reason, s.audit);
    }

    static GameState restore(GameMemento m) {
        GameState s = new GameState(m.gameId());
        s.seq = m.seq();
        s.lifecycle = m.lifecycle();
        s.createdAt = m.createdAt();
        s.createdBy = m.createdBy();
        s.timeControl = m.timeControl();
        s.rated = m.rated();
        s.initialFen = m.initialFen();
        s.white = m.white();
        s.black = m.black();
        s.position = replayed(m.initialFen(), m.moves().size(), m);
        if (!s.position.toFen().equals(m.fen())) {
            throw new IllegalArgumentException("snapshot of " + m.gameId() + " is inconsistent: its moves lead to "
                    + s.position.toFen() + ", not " + m.fen());
        }
        s.clock = new ChessClock(m.timeControl(), m.turn());
        s.clock.set(m.whiteMs(), m.blackMs(), m.turn(), m.clockRunning(), m.turnStartedAtMs());
        s.fen = m.fen();
        Color firstToMove = Position.fromFen(m.initialFen()).sideToMove();
        for (PlayedMove move : m.moves()) s.restoreMove(move, firstToMove);
        s.drawOfferBy = m.drawOfferBy();
        s.result = m.result();
        s.reason = m.reason();
        s.audit.addAll(m.audit());
        return s;
    }

    /** The FEN after the first {@code ply} moves of the game (recomputed: only old duplicates need it). */
    static String fenAfter(GameState s, int ply) {
        Position p = Position.fromFen(s.initialFen);
        for (int i = 0; i < ply; i++) p.makeMove(MoveText.find(p, s.moves.get(i).uci()));
        return p.toFen();
    }

    private static Position replayed(String initialFen, int count, GameMemento m) {
        Position p = Position.fromFen(initialFen);
        for (int i = 0; i < count; i++) {
            int move = MoveText.find(p, m.moves().get(i).uci());
            if (move == Move.NONE) throw new IllegalArgumentException("snapshot of " + m.gameId() + " holds an illegal move");
            p.makeMove(move);
        }
        return p;
    }
}
