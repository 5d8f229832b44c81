import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { GameConnection } from '../../main/resources/web/js/connection.js';
import { GameModel } from '../../main/resources/web/js/game-model.js';

// Fake transports: each records how it was started; the test opens or fails it.
const started = [];
class FakeTransport {
  constructor(options) {
    this.options = options;
    this.kind = new.target.kind;
    this.sent = [];
    this.open = false;
  }
  start() { started.push(this); }
  opened(game) {
    this.resumedFrom = this.options.resumeFrom(game);
    this.options.listener.opened(game);
    this.open = true;
    this.options.listener.ready();
  }
  fail(code) { this.options.listener.closed(code); }
  sendMove(entry) { this.sent.push(entry); return this.open; }
  command() { return Promise.resolve(); }
  close() { this.closed = true; }
}
class FakeSocket extends FakeTransport { static kind = 'websocket'; }
class FakeStream extends FakeTransport { static kind = 'sse'; }
class FakePolling extends FakeTransport { static kind = 'polling'; }

const game = (seq, moves = []) => ({
  gameId: 'g', status: 'in_progress', white: 'w', black: 'b', fen: 'rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1',
  moves, seq, clock: { whiteMs: 1, blackMs: 1, turn: 'white', running: true }, drawOfferBy: null,
});

function connect(options = {}) {
  const states = [];
  const model = new GameModel();
  const connection = new GameConnection({
    gameId: 'g', token: 't', api: {}, model,
    handlers: { ready() {}, ack() {}, error() {}, state: (state, kind, retryInMs) => states.push([state, kind, retryInMs]) },
    transports: { websocket: FakeSocket, sse: FakeStream, polling: FakePolling },
    ...options,
  });
  return { connection, model, states };
}

beforeEach(() => {
  started.length = 0;
  globalThis.WebSocket = class {};
  mock.timers.enable({ apis: ['setTimeout'] });
});
afterEach(() => mock.timers.reset());

test('a lost connection is retried after 1 s, 2 s, 4 s … 30 s, and the wait starts over once online', () => {
  const { connection, states } = connect();
  connection.start();
  started.at(-1).opened(game(2));
  const waits = [];
  for (let i = 0; i < 7; i++) {
    started.at(-1).fail();
    waits.push(states.at(-1)[2]);
    assert.equal(connection.state, 'reconnecting');
    const before = started.length;
    mock.timers.tick(waits.at(-1) - 1);
    assert.equal(started.length, before, 'no retry before its time');
    mock.timers.tick(1);
    assert.equal(started.length, before + 1);
  }
  assert.deepEqual(waits, [1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  started.at(-1).opened(game(2));
  started.at(-1).fail();
  assert.equal(states.at(-1)[2], 1000);
});

test('a new connection resumes after the last seq the page applied', () => {
  const { connection, model } = connect();
  connection.start();
  started.at(-1).opened(game(2));
  model.applyEvent({ type: 'MovePlayed', seq: 3, payload: { ply: 1, uci: 'e2e4', san: 'e4', fen: '8/8/8/8/8/8/8/8 b - - 0 1', whiteMs: 1, blackMs: 1 } });
  started.at(-1).fail();
  mock.timers.tick(1000);
  started.at(-1).opened(game(5, ['e2e4', 'e7e5']));
  assert.equal(started.at(-1).resumedFrom, 3);
});

test('a first connection to a game with moves replays from 0 to learn their SAN', () => {
  const { connection } = connect();
  connection.start();
  started.at(-1).opened(game(4, ['e2e4', 'e7e5']));
  assert.equal(started.at(-1).resumedFrom, 0);
});

test('WebSockets that never get through give way to SSE at once, then to polling', () => {
  const { connection } = connect();
  connection.start();
  started.at(-1).fail();
  mock.timers.tick(1000);
  started.at(-1).fail();
  mock.timers.tick(0);
  assert.equal(started.at(-1).kind, 'sse');
  started.at(-1).fail();
  mock.timers.tick(1000);
  started.at(-1).fail();
  mock.timers.tick(0);
  assert.equal(started.at(-1).kind, 'polling');
  started.at(-1).opened(game(1));
  assert.equal(connection.state, 'online');
});

test('once WebSockets have worked, a lost one is retried rather than replaced', () => {
  const { connection } = connect();
  connection.start();
  started.at(-1).opened(game(1));
  for (let i = 0; i < 3; i++) {
    started.at(-1).fail();
    mock.timers.runAll();
  }
  assert.equal(started.at(-1).kind, 'websocket');
  assert.equal(connection.state, 'reconnecting');
});

test('a held drop stays offline until restored; moves wait meanwhile', () => {
  const { connection } = connect();
  connection.start();
  started.at(-1).opened(game(1));
  connection.drop({ hold: true });
  assert.equal(connection.state, 'offline');
  mock.timers.tick(60000);
  assert.equal(started.length, 1, 'no retry while held');
  assert.equal(connection.sendMove({ moveId: 'm', ply: 0, uci: 'e2e4' }), false);
  connection.restore();
  assert.equal(started.length, 2);
  started.at(-1).opened(game(1));
  assert.equal(connection.state, 'online');
  assert.equal(connection.sendMove({ moveId: 'm', ply: 0, uci: 'e2e4' }), true);
});

test('a refused token or an unknown game is not retried', () => {
  const { connection } = connect();
  connection.start();
  started.at(-1).fail(4401);
  mock.timers.tick(60000);
  assert.equal(started.length, 1);
  assert.equal(connection.state, 'offline');
});

test('a transport forced by the page is kept whatever fails', () => {
  const { connection } = connect({ transport: 'sse' });
  connection.start();
  for (let i = 0; i < 4; i++) {
    started.at(-1).fail();
    mock.timers.runAll();
  }
  assert.ok(started.every((t) => t.kind === 'sse'));
});
