// Just enough of FEN for drawing a board: where the pieces stand and whose turn it is, plus
// the board a move leads to, for showing a move before the server has confirmed it. The rules
// themselves are the server's: it accepts or refuses every move.

export const FILES = 'abcdefgh';
export const START_FEN = 'rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1';

/** Squares in board order for a side: rank 8 first for white, rank 1 first for black. */
export function squaresFor(orientation) {
  const out = [];
  for (let row = 0; row < 8; row++) {
    for (let col = 0; col < 8; col++) {
      const rank = orientation === 'white' ? 8 - row : row + 1;
      const file = orientation === 'white' ? FILES[col] : FILES[7 - col];
      out.push(file + rank);
    }
  }
  return out;
}

/** The position of a FEN: a Map square -> piece letter, and the side to move. */
export function parseFen(fen) {
  const [placement, turn] = fen.trim().split(/\s+/);
  const ranks = placement.split('/');
  if (ranks.length !== 8) throw new Error(`bad FEN placement: ${placement}`);
  const pieces = new Map();
  ranks.forEach((row, i) => {
    let file = 0;
    for (const ch of row) {
      if (/[1-8]/.test(ch)) file += Number(ch);
      else pieces.set(FILES[file++] + (8 - i), ch);
    }
  });
  return { pieces, turn: turn === 'b' ? 'black' : 'white' };
}

/** The colour of a piece letter. */
export function colorOf(letter) {
  return letter === letter.toUpperCase() ? 'white' : 'black';
}

/** Whether moving {@code letter} from {@code from} to {@code to} would promote a pawn. */
export function isPromotion(letter, from, to) {
  if (!letter || letter.toLowerCase() !== 'p') return false;
  return (letter === 'P' && from[1] === '7' && to[1] === '8') || (letter === 'p' && from[1] === '2' && to[1] === '1');
}

/**
 * The position after a UCI move, assuming it is legal: moves the piece, moves the rook of a
 * castling king, removes a pawn taken en passant, promotes. For display only.
 */
export function afterMove(position, uci) {
  const from = uci.slice(0, 2);
  const to = uci.slice(2, 4);
  const promotion = uci.slice(4, 5);
  const pieces = new Map(position.pieces);
  const piece = pieces.get(from);
  if (!piece) return position;
  pieces.delete(from);
  const type = piece.toLowerCase();
  const fileStep = FILES.indexOf(to[0]) - FILES.indexOf(from[0]);
  if (type === 'k' && Math.abs(fileStep) === 2) {
    const rank = from[1];
    const [rookFrom, rookTo] = fileStep > 0 ? ['h' + rank, 'f' + rank] : ['a' + rank, 'd' + rank];
    const rook = pieces.get(rookFrom);
    pieces.delete(rookFrom);
    if (rook) pieces.set(rookTo, rook);
  }
  if (type === 'p' && fileStep !== 0 && !pieces.has(to)) pieces.delete(to[0] + from[1]);
  const white = piece === piece.toUpperCase();
  pieces.set(to, promotion ? (white ? promotion.toUpperCase() : promotion.toLowerCase()) : piece);
  return { pieces, turn: position.turn === 'white' ? 'black' : 'white' };
}
