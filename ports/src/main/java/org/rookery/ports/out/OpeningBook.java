package org.rookery.ports.out;

import java.util.List;

/**
 * An opening book (such as a Polyglot {@code .bin} file): the moves it knows for a position.
 * Implementations are thread-safe.
 */
public interface OpeningBook {

    /**
     * The book's moves for the position the FEN describes, most weighted first; empty when the
     * position is out of book. Lookups depend on the position alone (pieces, side to move,
     * castling rights, a usable en-passant square), not on the move counters. Every move is
     * legal in the position.
     *
     * @throws org.rookery.domain.chess.InvalidFenException when the FEN is malformed
     */
    List<BookMove> moves(String fen);
}
