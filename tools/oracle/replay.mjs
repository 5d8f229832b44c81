// Replays games with chess.js and reports what chess.js says about every position reached.
//
// Input (stdin), one JSON object per line:
//   {"game": 7, "fen": "<start FEN>", "moves": ["e2e4", "e7e5", "e1g1", "e7e8q", ...]}
// Output (stdout), one JSON object per position, the start position included (ply 0):
//   {"game": 7, "ply": 0, "fen": "...", "fenForcedEp": "...", "moves": ["a2a3", ...],
//    "san": ["a3", ...], "isCheck": false, "isCheckmate": false, "isStalemate": false,
//    "isInsufficientMaterial": false, "isThreefoldRepetition": false,
//    "isDrawByFiftyMoves": false, "isDraw": false}
// "moves" is sorted; "san"[i] is the SAN of "moves"[i]. "fenForcedEp" is chess.js's FEN with the
// en-passant square it keeps internally (and hashes for repetitions), legal capture or not.
// When chess.js refuses a move or a FEN, it prints {"game": 7, "ply": n, "error": "..."} and
// skips the rest of that game. One process serves a whole batch, so the JVM starts node once.
import { createInterface } from 'node:readline';
import { Chess } from 'chess.js';

// chess.js's verbose moves() builds a Move object per move, each generating the legal moves again and
// printing two FENs: twenty times slower than the plain SAN list. So the SAN comes from the public
// moves() and the coordinates from _moves(), the internal list moves() maps to SAN, in the same order.
// Both are chess.js 1.4.0's (the package is pinned); a changed internal API fails loudly below.
const square = (sq0x88) => 'abcdefgh'[sq0x88 & 7] + (8 - (sq0x88 >> 4));

function legalMovesWithSan(chess) {
  const san = chess.moves();
  const internal = chess._moves({ legal: true });
  if (!Array.isArray(internal) || internal.length !== san.length) {
    throw new Error('chess.js internal _moves() changed: the oracle script needs chess.js 1.4.0');
  }
  const byUci = new Map(internal.map((m, i) => [square(m.from) + square(m.to) + (m.promotion ?? ''), san[i]]));
  return byUci;
}

function describe(chess, game, ply) {
  const byUci = legalMovesWithSan(chess);
  const moves = [...byUci.keys()].sort();
  return {
    game,
    ply,
    fen: chess.fen(),
    fenForcedEp: chess.fen({ forceEnpassantSquare: true }),
    moves,
    san: moves.map((uci) => byUci.get(uci)),
    isCheck: chess.isCheck(),
    isCheckmate: chess.isCheckmate(),
    isStalemate: chess.isStalemate(),
    isInsufficientMaterial: chess.isInsufficientMaterial(),
    isThreefoldRepetition: chess.isThreefoldRepetition(),
    isDrawByFiftyMoves: chess.isDrawByFiftyMoves(),
    isDraw: chess.isDraw(),
  };
}

function replay(line, write) {
  const { game, fen, moves } = JSON.parse(line);
  let chess;
  try {
    chess = new Chess(fen);
  } catch (e) {
    write({ game, ply: 0, error: `chess.js refuses the FEN: ${e.message}` });
    return;
  }
  write(describe(chess, game, 0));
  for (let i = 0; i < moves.length; i++) {
    const uci = moves[i];
    const move = { from: uci.slice(0, 2), to: uci.slice(2, 4) };
    if (uci.length > 4) move.promotion = uci[4];
    try {
      chess.move(move);
    } catch (e) {
      write({ game, ply: i + 1, error: `chess.js refuses move ${uci} in ${chess.fen()}: ${e.message}` });
      return;
    }
    write(describe(chess, game, i + 1));
  }
}

const out = [];
const flush = () => {
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
  out.length = 0;
};
const write = (record) => {
  out.push(JSON.stringify(record));
  if (out.length >= 512) flush();
};
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() !== '') replay(line, write);
}
flush();
