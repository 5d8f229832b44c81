package org.rookery.domain.chess;

import java.util.Arrays;
import org.rookery.domain.chess.internal.Attacks;
import org.rookery.domain.chess.internal.Zobrist;

/**
 * A chess position (standard or Chess960) with make/unmake, legal move generation and the
 * game-end facts that depend on the position and its history (repetitions, move counters).
 * Bitboards plus a mailbox; the Zobrist key is kept incrementally. Making and unmaking moves
 * allocates nothing. Mutable and not thread-safe: give each thread its own instance
 * ({@link #copy()}).
 */
public final class Position {
    static final int WHITE = 0, BLACK = 1;
    static final int PAWN = 0, KNIGHT = 1, BISHOP = 2, ROOK = 3, QUEEN = 4, KING = 5;
    public static final String STANDARD_START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";

    // Piece codes on the mailbox: (color << 3) | (type + 1); 0 is an empty square.
    final long[] byType = new long[6];
    final long[] byColor = new long[2];
    final byte[] board = new byte[64];
    int side;
    /** Castling rights: bit 0 White h-side, 1 White a-side, 2 Black h-side, 3 Black a-side. */
    int castling;
    /** The rook square of each castling right (Chess960 needs it), or -1. */
    final int[] castlingRook = {-1, -1, -1, -1};
    /** Rights that survive a move from or to a square: clears rights when king or rook moves or is taken. */
    final int[] castlingKeep = new int[64];
    /** En-passant target square, kept only when an en-passant capture is legal, else -1. */
    int epSquare = -1;
    int halfmoveClock;
    int fullmoveNumber = 1;
    long key;
    boolean chess960;

    private int ply;
    private int[] moveStack = new int[256];
    private long[] keyStack = new long[256];
    private int[] stateStack = new int[256];
    private final int[] scratch = new int[MoveGenerator.MAX_MOVES];

    Position() {
        Arrays.fill(castlingKeep, 0b1111);
    }

    /** The standard starting position. */
    public static Position start() {
        return Fen.parse(STANDARD_START);
    }

    /** Parses a FEN (Chess960 is detected from the castling field and the piece placement). */
    public static Position fromFen(String fen) {
        return Fen.parse(fen);
    }

    /**
     * Parses the FEN of a Chess960 game: the position counts as Chess960 even when its pieces stand as
     * in standard chess (start position 518), so castling is king-takes-rook in UCI.
     */
    public static Position fromChess960Fen(String fen) {
        Position p = Fen.parse(fen);
        p.chess960 = true;
        return p;
    }

    public String toFen() {
        return Fen.format(this);
    }

    /** A deep copy, history included. */
    public Position copy() {
        Position p = new Position();
        System.arraycopy(byType, 0, p.byType, 0, 6);
        System.arraycopy(byColor, 0, p.byColor, 0, 2);
        System.arraycopy(board, 0, p.board, 0, 64);
        System.arraycopy(castlingRook, 0, p.castlingRook, 0, 4);
        System.arraycopy(castlingKeep, 0, p.castlingKeep, 0, 64);
        p.side = side;
        p.castling = castling;
        p.epSquare = epSquare;
        p.halfmoveClock = halfmoveClock;
        p.fullmoveNumber = fullmoveNumber;
        p.key = key;
        p.chess960 = chess960;
        p.ply = ply;
        p.moveStack = moveStack.clone();
        p.keyStack = keyStack.clone();
        p.stateStack = stateStack.clone();
        return p;
    }

    // ---- queries ----------------------------------------------------------------------------

    public Color sideToMove() {
        return side == WHITE ? Color.WHITE : Color.BLACK;
    }

    public boolean isChess960() {
        return chess960;
    }

    /** Half-moves since the last capture or pawn move (for the fifty- and seventy-five-move rules). */
    public int halfmoveClock() {
        return halfmoveClock;
    }

    public int fullmoveNumber() {
        return fullmoveNumber;
    }

    /** The Zobrist key: equal for positions that are the same for the repetition rules. */
    public long key() {
        return key;
    }

    /** Moves made on this instance since it was set up from a FEN. */
    public int plyCount() {
        return ply;
    }

    /** The en-passant target square when an en-passant capture is legal, else {@link Square#NONE}. */
    public int enPassantSquare() {
        return epSquare;
    }

    public PieceType pieceTypeAt(int square) {
        int code = board[square];
        return code == 0 ? null : PieceType.of((code & 7) - 1);
    }

    public Color colorAt(int square) {
        int code = board[square];
        return code == 0 ? null : (code >> 3) == WHITE ? Color.WHITE : Color.BLACK;
    }

    public int kingSquare(Color color) {
        return Long.numberOfTrailingZeros(byType[KING] & byColor[color.ordinal()]);
    }

    public boolean inCheck() {
        int us = side;
        int ksq = Long.numberOfTrailingZeros(byType[KING] & byColor[us]);
        return isAttacked(ksq, us ^ 1, byColor[0] | byColor[1]);
    }

    /** Fills {@code moves} (at least {@value MoveGenerator#MAX_MOVES} long) with the legal moves; returns how many. */
    public int legalMoves(int[] moves) {
        return MoveGenerator.generate(this, moves);
    }

    /** The legal moves in a new array. */
    public int[] legalMoves() {
        int n = MoveGenerator.generate(this, scratch);
        return Arrays.copyOf(scratch, n);
    }

    public int legalMoveCount() {
        return MoveGenerator.generate(this, scratch);
    }

    public boolean isLegal(int move) {
        int n = MoveGenerator.generate(this, scratch);
        for (int i = 0; i < n; i++) if (scratch[i] == move) return true;
        return false;
    }

    /**
     * The legal move from {@code from} to {@code to} with the given promotion (null for none), or
     * {@link Move#NONE}. For castling, {@code to} may be the king's target (standard notation) or
     * the rook's square (Chess960 notation).
     */
    public int findLegalMove(int from, int to, PieceType promotion) {
        int promo = promotion == null ? 0 : promotion.ordinal();
        int n = MoveGenerator.generate(this, scratch);
        for (int i = 0; i < n; i++) {
            int m = scratch[i];
            if (Move.from(m) != from || Move.promotionIndex(m) != promo) continue;
            if (Move.to(m) == to) return m; // also castling written king-takes-rook, as in Chess960
            // Standard chess also writes castling as the king's two-square step (e1g1); in Chess960
            // that would be ambiguous with a plain king move, so only king-takes-rook is castling there.
            if (!chess960 && Move.isCastling(m) && castlingKingTarget(m) == to) return m;
        }
        return Move.NONE;
    }

    /** Where the king lands when it castles with {@code move}. */
    int castlingKingTarget(int move) {
        int rank = side == WHITE ? 0 : 56;
        return rank + (Move.to(move) > Move.from(move) ? 6 : 2);
    }

    // ---- game-end facts ---------------------------------------------------------------------

    public boolean isCheckmate() {
        return inCheck() && legalMoveCount() == 0;
    }

    public boolean isStalemate() {
        return !inCheck() && legalMoveCount() == 0;
    }

    /** Neither side can mate: K v K, K+minor v K, or only same-coloured bishops besides the kings. */
    public boolean isInsufficientMaterial() {
        if ((byType[PAWN] | byType[ROOK] | byType[QUEEN]) != 0) return false;
        long minors = byType[KNIGHT] | byType[BISHOP];
        if (Long.bitCount(minors) <= 1) return true;
        if (byType[KNIGHT] != 0) return false;
        final long darkSquares = 0xAA55AA55AA55AA55L;
        return (byType[BISHOP] & darkSquares) == 0 || (byType[BISHOP] & ~darkSquares) == 0;
    }

    /** How many times the current position has occurred since setup, this time included. */
    public int repetitionCount() {
        int count = 1;
        int stop = Math.max(0, ply - halfmoveClock);
        for (int i = ply - 2; i >= stop; i -= 2) if (keyStack[i] == key) count++;
        return count;
    }

    /** The automatic verdict of the rules: checkmate, stalemate, or a draw that needs no claim. */
    public GameStatus status() {
        boolean noMoves = legalMoveCount() == 0;
        if (noMoves) return inCheck() ? GameStatus.CHECKMATE : GameStatus.STALEMATE;
        if (isInsufficientMaterial()) return GameStatus.INSUFFICIENT_MATERIAL;
        if (halfmoveClock >= 150) return GameStatus.SEVENTY_FIVE_MOVES;
        if (repetitionCount() >= 5) return GameStatus.FIVEFOLD_REPETITION;
        return GameStatus.ONGOING;
    }

    public boolean canClaimThreefoldRepetition() {
        return repetitionCount() >= 3;
    }

    public boolean canClaimFiftyMoves() {
        return halfmoveClock >= 100;
    }

    // ---- make / unmake ----------------------------------------------------------------------

    /** Plays a legal move (as produced by {@link #legalMoves}); behaviour is undefined for others. */
    public void makeMove(int move) {
        if (ply == moveStack.length) grow();
        int from = move & 63, to = (move >>> 6) & 63;
        int us = side, them = us ^ 1;
        int piece = board[from];
        int captured = 0;
        moveStack[ply] = move;
        keyStack[ply] = key;
        int oldEp = epSquare;
        int oldHalfmove = halfmoveClock;
        int oldCastling = castling;
        if (oldEp >= 0) key ^= Zobrist.enPassant(oldEp & 7);
        epSquare = -1;
        halfmoveClock++;
        if ((move & Move.CASTLING) != 0) {
            int rank = us == WHITE ? 0 : 56;
            boolean hSide = to > from;
            int rook = board[to];
            remove(from, piece);
            remove(to, rook);
            put(rank + (hSide ? 6 : 2), piece);
            put(rank + (hSide ? 5 : 3), rook);
        } else {
            if ((move & Move.EN_PASSANT) != 0) {
                captured = board[to ^ 8];
                remove(to ^ 8, captured);
            } else if (board[to] != 0) {
                captured = board[to];
                remove(to, captured);
            }
            remove(from, piece);
            int promo = (move >>> 12) & 7;
            put(to, promo == 0 ? piece : (us << 3) | (promo + 1));
            if ((piece & 7) == PAWN + 1) {
                halfmoveClock = 0;
                if ((from ^ to) == 16) setEnPassantIfLegal((from + to) >>> 1, to, them);
            }
            if (captured != 0) halfmoveClock = 0;
        }
        int newCastling = castling & castlingKeep[from] & castlingKeep[to];
        if (newCastling != castling) {
            key ^= Zobrist.castling(castling) ^ Zobrist.castling(newCastling);
            castling = newCastling;
        }
        stateStack[ply] = captured | (oldCastling << 4) | ((oldEp + 1) << 8) | (oldHalfmove << 15);
        side = them;
        key ^= Zobrist.blackToMove();
        if (us == BLACK) fullmoveNumber++;
        ply++;
    }

    /** Takes back the last move made on this instance. */
    public void unmakeMove() {
        if (ply == 0) throw new IllegalStateException("no move to take back");
        ply--;
        int move = moveStack[ply], state = stateStack[ply];
        int from = move & 63, to = (move >>> 6) & 63;
        int us = side ^ 1;
        side = us;
        if (us == BLACK) fullmoveNumber--;
        if ((move & Move.CASTLING) != 0) {
            int rank = us == WHITE ? 0 : 56;
            boolean hSide = to > from;
            int kingTo = rank + (hSide ? 6 : 2), rookTo = rank + (hSide ? 5 : 3);
            int king = board[kingTo], rook = board[rookTo];
            remove(kingTo, king);
            remove(rookTo, rook);
            put(from, king);
            put(to, rook);
        } else {
            int piece = board[to];
            remove(to, piece);
            put(from, ((move >>> 12) & 7) == 0 ? piece : (us << 3) | (PAWN + 1));
            int captured = state & 15;
            if (captured != 0) put((move & Move.EN_PASSANT) != 0 ? to ^ 8 : to, captured);
        }
        castling = (state >>> 4) & 15;
        epSquare = ((state >>> 8) & 127) - 1;
        halfmoveClock = state >>> 15;
        key = keyStack[ply];
    }

    /** The move that led to this position, or {@link Move#NONE} at setup. */
    public int lastMove() {
        return ply == 0 ? Move.NONE : moveStack[ply - 1];
    }

    private void grow() {
        int n = moveStack.length * 2;
        moveStack = Arrays.copyOf(moveStack, n);
        keyStack = Arrays.copyOf(keyStack, n);
        stateStack = Arrays.copyOf(stateStack, n);
    }

    /** Records {@code epSquare} only when a pawn of {@code mover} can legally take en passant. */
    void setEnPassantIfLegal(int ep, int pushedPawn, int mover) {
        long capturers = Attacks.pawn(mover ^ 1, ep) & byType[PAWN] & byColor[mover];
        while (capturers != 0) {
            int from = Long.numberOfTrailingZeros(capturers);
            capturers &= capturers - 1;
            if (enPassantIsLegal(from, ep, pushedPawn, mover)) {
                epSquare = ep;
                key ^= Zobrist.enPassant(ep & 7);
                return;
            }
        }
    }

    /** Whether {@code mover}'s king is safe after its pawn on {@code from} takes en passant. */
    boolean enPassantIsLegal(int from, int ep, int capturedSquare, int mover) {
        int ksq = Long.numberOfTrailingZeros(byType[KING] & byColor[mover]);
        long occ = ((byColor[0] | byColor[1]) ^ (1L << from) ^ (1L << capturedSquare)) | (1L << ep);
        long enemies = byColor[mover ^ 1] & ~(1L << capturedSquare);
        return (Attacks.knight(ksq) & byType[KNIGHT] & enemies) == 0
                && (Attacks.pawn(mover, ksq) & byType[PAWN] & enemies) == 0
                && (Attacks.rookAttacks(ksq, occ) & (byType[ROOK] | byType[QUEEN]) & enemies) == 0
                && (Attacks.bishopAttacks(ksq, occ) & (byType[BISHOP] | byType[QUEEN]) & enemies) == 0;
    }

    /** Whether any piece of {@code attacker} attacks {@code square} given the occupancy. */
    boolean isAttacked(int square, int attacker, long occupied) {
        long them = byColor[attacker];
        return (Attacks.knight(square) & byType[KNIGHT] & them) != 0
                || (Attacks.pawn(attacker ^ 1, square) & byType[PAWN] & them) != 0
                || (Attacks.king(square) & byType[KING] & them) != 0
                || (Attacks.bishopAttacks(square, occupied) & (byType[BISHOP] | byType[QUEEN]) & them) != 0
                || (Attacks.rookAttacks(square, occupied) & (byType[ROOK] | byType[QUEEN]) & them) != 0;
    }

    /** Pieces of {@code attacker} that attack {@code square}. */
    long attackersOf(int square, int attacker, long occupied) {
        long them = byColor[attacker];
        return ((Attacks.knight(square) & byType[KNIGHT])
                        | (Attacks.pawn(attacker ^ 1, square) & byType[PAWN])
                        | (Attacks.king(square) & byType[KING])
                        | (Attacks.bishopAttacks(square, occupied) & (byType[BISHOP] | byType[QUEEN]))
                        | (Attacks.rookAttacks(square, occupied) & (byType[ROOK] | byType[QUEEN])))
                & them;
    }

    void put(int square, int code) {
        long bit = 1L << square;
        board[square] = (byte) code;
        byType[(code & 7) - 1] |= bit;
        byColor[code >> 3] |= bit;
        key ^= Zobrist.piece(code, square);
    }

    void remove(int square, int code) {
        long bit = ~(1L << square);
        board[square] = 0;
        byType[(code & 7) - 1] &= bit;
        byColor[code >> 3] &= bit;
        key ^= Zobrist.piece(code, square);
    }
}
