import { test } from 'node:test';
import assert from 'node:assert/strict';
import { START_FEN, afterMove, isPromotion, parseFen, squaresFor } from '../../main/resources/web/js/fen.js';

test('reads where the pieces stand and whose turn it is', () => {
  const start = parseFen(START_FEN);
  assert.equal(start.pieces.size, 32);
  assert.equal(start.pieces.get('e1'), 'K');
  assert.equal(start.pieces.get('d8'), 'q');
  assert.equal(start.turn, 'white');
  assert.equal(parseFen('4k3/8/8/8/8/8/8/4K3 b - - 0 1').turn, 'black');
  assert.throws(() => parseFen('8/8 w - - 0 1'));
});

test('draws rank 8 first for white and rank 1 first, files reversed, for black', () => {
  assert.deepEqual(squaresFor('white').slice(0, 2), ['a8', 'b8']);
  assert.equal(squaresFor('white').at(-1), 'h1');
  assert.deepEqual(squaresFor('black').slice(0, 2), ['h1', 'g1']);
  assert.equal(squaresFor('black').at(-1), 'a8');
});

test('a castling king brings its rook along', () => {
  const after = afterMove(parseFen('r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1'), 'e1g1');
  assert.equal(after.pieces.get('g1'), 'K');
  assert.equal(after.pieces.get('f1'), 'R');
  assert.equal(after.pieces.has('h1'), false);
  const queenside = afterMove(parseFen('r3k2r/8/8/8/8/8/8/R3K2R b KQkq - 0 1'), 'e8c8');
  assert.equal(queenside.pieces.get('d8'), 'r');
  assert.equal(queenside.pieces.has('a8'), false);
  assert.equal(queenside.turn, 'white');
});

test('an en-passant capture removes the pawn beside, a promotion changes the piece', () => {
  const ep = afterMove(parseFen('4k3/8/8/3pP3/8/8/8/4K3 w - d6 0 1'), 'e5d6');
  assert.equal(ep.pieces.get('d6'), 'P');
  assert.equal(ep.pieces.has('d5'), false);
  const promoted = afterMove(parseFen('4k3/P7/8/8/8/8/8/4K3 w - - 0 1'), 'a7a8n');
  assert.equal(promoted.pieces.get('a8'), 'N');
  const black = afterMove(parseFen('4k3/8/8/8/8/8/p7/4K3 b - - 0 1'), 'a2a1q');
  assert.equal(black.pieces.get('a1'), 'q');
});

test('only a pawn reaching its last rank promotes', () => {
  assert.equal(isPromotion('P', 'a7', 'a8'), true);
  assert.equal(isPromotion('p', 'h2', 'g1'), true);
  assert.equal(isPromotion('P', 'a6', 'a7'), false);
  assert.equal(isPromotion('R', 'a7', 'a8'), false);
  assert.equal(isPromotion(undefined, 'a7', 'a8'), false);
});
