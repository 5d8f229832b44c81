import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GameModel } from '../../main/resources/web/js/game-model.js';

const START = 'rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1';
const AFTER_E4 = 'rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1';
const AFTER_E5 = 'rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2';

function game(overrides = {}) {
  return {
    gameId: 'g1', status: 'in_progress', white: 'alice', black: 'bob', fen: START, moves: [], seq: 2,
    clock: { whiteMs: 60000, blackMs: 60000, turn: 'white', running: true }, result: null, reason: null,
    drawOfferBy: null, ...overrides,
  };
}

const moved = (seq, ply, uci, san, fen, whiteMs = 60000, blackMs = 60000) =>
  ({ type: 'MovePlayed', seq, payload: { ply, uci, san, fen, whiteMs, blackMs, moveId: `m${ply}` } });

function clockAt(startMs) {
  const clock = { now: startMs };
  return [clock, () => clock.now];
}

test('applies events in seq order and keeps the SAN of each move', () => {
  const model = new GameModel();
  model.applySnapshot(game());
  assert.equal(model.applyEvent(moved(3, 1, 'e2e4', 'e4', AFTER_E4)), true);
  assert.equal(model.applyEvent(moved(4, 2, 'e7e5', 'e5', AFTER_E5, 60000, 58000)), true);
  assert.deepEqual(model.sans, ['e4', 'e5']);
  assert.deepEqual(model.game.moves, ['e2e4', 'e7e5']);
  assert.equal(model.game.fen, AFTER_E5);
  assert.equal(model.game.clock.turn, 'white');
  assert.equal(model.game.clock.blackMs, 58000);
  assert.equal(model.lastSeq, 4);
  assert.equal(model.ply, 2);
});

test('an event already applied changes nothing, but fills in a SAN the snapshot lacked', () => {
  const model = new GameModel();
  model.applySnapshot(game({ fen: AFTER_E5, moves: ['e2e4', 'e7e5'], seq: 4 }));
  assert.equal(model.missingSans, true);
  assert.equal(model.applyEvent(moved(3, 1, 'e2e4', 'e4', AFTER_E4)), false);
  assert.equal(model.applyEvent(moved(4, 2, 'e7e5', 'e5', AFTER_E5)), false);
  assert.equal(model.game.fen, AFTER_E5, 'a replayed event does not take the position back');
  assert.deepEqual(model.sans, ['e4', 'e5']);
  assert.equal(model.missingSans, false);
  assert.equal(model.lastSeq, 4);
});

test('an older snapshot than what the page has is ignored', () => {
  const model = new GameModel();
  model.applySnapshot(game({ seq: 5, fen: AFTER_E5, moves: ['e2e4', 'e7e5'] }));
  assert.equal(model.applySnapshot(game({ seq: 3 })), false);
  assert.equal(model.game.fen, AFTER_E5);
});

test('draw offers come and go; the receiver moving declines one', () => {
  const model = new GameModel();
  model.applySnapshot(game());
  model.applyEvent({ type: 'DrawOffered', seq: 3, payload: { by: 'white' } });
  assert.equal(model.game.drawOfferBy, 'white');
  model.applyEvent({ type: 'DrawDeclined', seq: 4, payload: { by: 'black' } });
  assert.equal(model.game.drawOfferBy, null);
  model.applyEvent({ type: 'DrawOffered', seq: 5, payload: { by: 'black' } });
  model.applyEvent(moved(6, 1, 'e2e4', 'e4', AFTER_E4));
  assert.equal(model.game.drawOfferBy, null, 'White received the offer and moved: declined');
});

test("the offerer's own move keeps the offer", () => {
  const model = new GameModel();
  model.applySnapshot(game());
  model.applyEvent({ type: 'DrawOffered', seq: 3, payload: { by: 'white' } });
  model.applyEvent(moved(4, 1, 'e2e4', 'e4', AFTER_E4));
  assert.equal(model.game.drawOfferBy, 'white');
});

test('the end of the game stops the clock with the result and reason', () => {
  const [time, now] = clockAt(1000);
  const model = new GameModel(now);
  model.applySnapshot(game());
  model.applyEvent({ type: 'GameEnded', seq: 3, payload: { result: '0-1', reason: 'resignation', whiteMs: 55000, blackMs: 60000 } });
  time.now += 5000;
  assert.equal(model.game.status, 'ended');
  assert.equal(model.game.result, '0-1');
  assert.equal(model.game.reason, 'resignation');
  assert.equal(model.remainingMs('white'), 55000, 'a stopped clock does not tick');
});

test('only the side to move loses time, counted from the last server reading', () => {
  const [time, now] = clockAt(10_000);
  const model = new GameModel(now);
  model.applySnapshot(game());
  time.now += 1500;
  assert.equal(model.remainingMs('white'), 58500);
  assert.equal(model.remainingMs('black'), 60000);
  model.applyEvent(moved(3, 1, 'e2e4', 'e4', AFTER_E4, 58400, 60000));
  time.now += 700;
  assert.equal(model.remainingMs('white'), 58400);
  assert.equal(model.remainingMs('black'), 59300);
  time.now += 120_000;
  assert.equal(model.remainingMs('black'), 0, 'never below zero');
});

test('a player joining starts the game', () => {
  const model = new GameModel();
  model.applySnapshot(game({ status: 'waiting_for_opponent', black: null, seq: 1, clock: { whiteMs: 60000, blackMs: 60000, turn: 'white', running: false } }));
  model.applyEvent({ type: 'PlayerJoined', seq: 2, payload: { userId: 'bob', color: 'black' } });
  assert.equal(model.game.black, 'bob');
  assert.equal(model.game.status, 'in_progress');
  assert.equal(model.game.clock.running, true);
});
