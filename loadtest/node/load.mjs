// Open-loop load generator for Rookery over loopback (docs/benchmarks.md, "Over the network").
//
//   node load.mjs --url http://127.0.0.1:18090 --games 500 --rate 5000 --seconds 30 --warmup 10
//   node load.mjs --url http://127.0.0.1:18091 --echo --games 500 --rate 5000 ...   (the floor: a bare echo server)
//
// GAMES games are played at once, each on two WebSockets (one per player), and moves are sent on a
// fixed schedule so that all games together make RATE moves per second. A move's latency runs from
// the moment it was *due* to the moment its `ack` arrives (the move is durable): a move that could not
// be sent on time because the server was slow counts that delay (no coordinated omission). Every game
// is created over REST (timed), joined, played for 112 plies (knight shuffles with a pawn push per
// cycle, ended by fivefold repetition) and replaced by a new one. Each socket checks that events come
// in seq order without gaps or duplicates. Stops by itself after WARMUP + SECONDS.
import WebSocket from 'ws';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const KNIGHTS = ['g1f3', 'g8f6', 'b1c3', 'b8c6', 'f3g1', 'f6g8', 'c3b1', 'c6b8'];
const WHITE_PUSHES = ['a2a3', 'h2h3', 'b2b3', 'g2g3', 'd2d3', 'e2e3', 'a3a4', 'h3h4'];
const BLACK_PUSHES = ['a7a6', 'h7h6', 'b7b6', 'g7g6', 'd7d6', 'e7e6', 'a6a5', 'h6h5'];
/** 8 cycles of knight moves and a pawn push each, then knight moves until fivefold repetition (ply 112). */
const GAME = [];
for (let i = 0; i < 8; i++) GAME.push(...KNIGHTS, WHITE_PUSHES[i], BLACK_PUSHES[i]);
for (let i = 0; i < 4; i++) GAME.push(...KNIGHTS);

const options = parseOptions(process.argv.slice(2));
const start = performance.now();
const measureFrom = start + options.warmup * 1000;
const deadline = measureFrom + options.seconds * 1000;
const wsBase = options.url.replace(/^http/, 'ws').replace(/\/$/, '');
const interval = (options.games * 1000) / options.rate; // ms between two moves of one game
const stats = { moves: [], service: [], creations: [], errors: 0, gaps: 0, gamesFinished: 0, framesIn: 0, acks: 0, lastError: '' };

function parseOptions(args) {
  const o = { url: 'http://127.0.0.1:8080', games: 100, rate: 1000, seconds: 20, warmup: 5, echo: false };
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--/, '');
    if (name === 'echo') o.echo = true;
    else if (name in o && i + 1 < args.length) o[name] = name === 'url' ? args[++i] : Number(args[++i]);
    else throw new Error(`unknown option ${args[i]}; see the header of load.mjs`);
  }
  for (const k of ['games', 'rate', 'seconds', 'warmup']) if (!(o[k] >= 0)) throw new Error(`--${k} must be a number`);
  return o;
}

function fail(why) {
  stats.errors++;
  stats.lastError = String(why);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** A POST over a kept-alive connection (node:http: lighter than fetch); resolves with the JSON answer. */
function post(path, token, body) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const payload = body ? JSON.stringify(body) : '';
  if (body) headers['content-type'] = 'application/json';
  headers['content-length'] = Buffer.byteLength(payload);
  return new Promise((resolve, reject) => {
    const request = http.request(options.url + path, { method: 'POST', headers, agent }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => {
        if (response.statusCode >= 300) reject(new Error(`${path} answered ${response.statusCode}: ${text}`));
        else resolve(JSON.parse(text));
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}

/** The number after `"name":` in a flat JSON text. */
function numberField(text, name) {
  const at = text.indexOf(`"${name}":`) + name.length + 3;
  return parseInt(text.slice(at, at + 20), 10);
}

/** The string after `"name":"` in a JSON text whose values hold no escaped quotes. */
function stringField(text, name) {
  const at = text.indexOf(`"${name}":"`) + name.length + 4;
  return text.slice(at, text.indexOf('"', at));
}

/** One player's socket: resolves the snapshot, routes acks to their moves, checks the event order. */
function openPlayer(url, onAck) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
    let lastSeq = -1;
    socket.on('message', (data) => {
      stats.framesIn++;
      // Frames are read by their leading bytes; only snapshots and errors are parsed whole, so that
      // the generator spends its CPU on sending and timing, not on JSON.
      const text = data.toString();
      if (text.startsWith('{"type":"event"')) {
        const seq = numberField(text, 'seq');
        if (seq !== lastSeq + 1) stats.gaps++;
        lastSeq = seq;
      } else if (text.startsWith('{"type":"ack"')) {
        onAck(stringField(text, 'moveId'), true);
      } else {
        const frame = JSON.parse(text);
        if (frame.type === 'snapshot') { lastSeq = frame.seq; resolve(socket); }
        else if (frame.type === 'error') { fail(`error frame ${text}`); if (frame.moveId) onAck(frame.moveId, false); }
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('closed before the snapshot')));
  });
}

/** Plays one game on a schedule: resolves when it ended (or the run's deadline passed). */
async function playGame(tokens) {
  const t0 = performance.now();
  const created = await post('/v1/games', tokens.white, { timeControl: { initialMs: 3_600_000, incrementMs: 0 }, color: 'white' });
  const t1 = performance.now();
  if (t0 >= measureFrom && t1 <= deadline) stats.creations.push(t1 - t0);
  const gameId = created.gameId;
  await post(`/v1/games/${gameId}/join`, tokens.black);
  const game = new ScheduledGame(gameId);
  const sockets = await Promise.all([tokens.white, tokens.black].map((t) =>
    openPlayer(`${wsBase}/ws/games/${gameId}?token=${t}`, (moveId, ok) => game.acked(moveId, ok))));
  try {
    await game.play(sockets);
  } finally {
    for (const s of sockets) s.close(1000, 'done');
  }
}

/**
 * One game's moves, one in flight at a time, each sent when due (or at once when the previous ack
 * came late). Plain callbacks rather than a promise per move: the generator shares the cores with
 * the server, so its own cost per move matters.
 */
class ScheduledGame {
  static inFlight = new Set();

  constructor(gameId) {
    this.prefix = gameId.slice(0, 8);
    this.ply = 0;
    this.move = null; // { moveId, due, sent }
    this.due = performance.now() + Math.random() * interval; // spread the games over the interval
  }

  play(sockets) {
    this.sockets = sockets;
    return new Promise((resolve) => {
      this.done = resolve;
      this.next();
    });
  }

  next() {
    if (this.ply >= GAME.length) stats.gamesFinished++;
    if (this.ply >= GAME.length || this.due > deadline) return this.finish();
    const wait = this.due - performance.now();
    if (wait >= 1) {
      setTimeout(() => this.next(), wait);
      return;
    }
    const moveId = `${this.prefix}-${this.ply}`;
    this.move = { moveId, due: this.due, sent: performance.now() };
    ScheduledGame.inFlight.add(this);
    this.sockets[this.ply % 2].send(`{"type":"move","moveId":"${moveId}","ply":${this.ply},"uci":"${GAME[this.ply]}"}`);
  }

  acked(moveId, ok) {
    if (this.move === null || moveId !== this.move.moveId) return;
    ScheduledGame.inFlight.delete(this);
    if (!ok) return this.finish(); // the game is not where we think: start another
    record(this.move);
    this.move = null;
    this.ply++;
    this.due += interval;
    this.next();
  }

  finish() {
    ScheduledGame.inFlight.delete(this);
    this.move = null;
    this.done();
  }

  /** Gives up on games whose move has waited 10 s for its ack (checked once a second). */
  static watch() {
    return setInterval(() => {
      const now = performance.now();
      for (const game of ScheduledGame.inFlight) {
        if (now - game.move.sent > 10_000) {
          fail(`no ack within 10 s for ${game.move.moveId}`);
          game.finish();
        }
      }
    }, 1_000);
  }
}

/**
 * A move's latency runs from when it was due, or from when it was sent if the timer fired early
 * (Node's timers run on a millisecond clock cached per loop turn).
 */
function record(move) {
  const now = performance.now();
  stats.acks++;
  if (move.due < measureFrom || now > deadline) return;
  stats.moves.push(now - Math.min(move.due, move.sent));
  stats.service.push(now - move.sent);
}

async function gameSlot() {
  const tokens = { white: (await post('/v1/auth/guest')).token, black: (await post('/v1/auth/guest')).token };
  // Start the slots' first games at random moments over one game's length, so that games end (and
  // new ones are created) spread out in time as on a real server, not all at once.
  await new Promise((r) => setTimeout(r, Math.random() * GAME.length * interval));
  while (performance.now() < deadline) {
    try {
      await playGame(tokens);
    } catch (e) {
      fail(e.message);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The floor: the same schedule of text frames against a bare echo endpoint, one socket per game. */
async function echoSlot() {
  const socket = await new Promise((resolve, reject) => {
    const s = new WebSocket(`${wsBase}/echo`, { perMessageDeflate: false });
    s.on('open', () => resolve(s));
    s.on('error', reject);
  });
  const waiting = new Map();
  socket.on('message', (data) => {
    stats.framesIn++;
    const frame = JSON.parse(data);
    const move = waiting.get(frame.moveId);
    if (!move) return;
    waiting.delete(frame.moveId);
    record(move);
    move.resolve();
  });
  let due = performance.now() + Math.random() * interval;
  for (let n = 0; due <= deadline; n++, due += interval) {
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const moveId = `echo-${n}`;
    const echoed = new Promise((resolve) => waiting.set(moveId, { due, sent: performance.now(), resolve }));
    socket.send(JSON.stringify({ type: 'move', moveId, ply: n, uci: 'g1f3' }));
    await echoed;
  }
  socket.close(1000, 'done');
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(name, samples) {
  const sorted = Float64Array.from(samples).sort();
  const f = (p) => percentile(sorted, p).toFixed(2);
  return `${name}: ${sorted.length}; latency ms p50 ${f(50)} p95 ${f(95)} p99 ${f(99)} max ${f(100)}`;
}

const watchdog = ScheduledGame.watch();
const cpuBefore = process.cpuUsage();
const slots = [];
for (let i = 0; i < options.games; i++) slots.push((options.echo ? echoSlot : gameSlot)().catch((e) => fail(e.message)));
await Promise.all(slots);
const cpu = process.cpuUsage(cpuBefore);
clearInterval(watchdog);
console.log(`target ${options.rate} moves/s over ${options.games} ${options.echo ? 'echo sockets' : 'games'}; measured ${options.seconds} s after ${options.warmup} s warm-up`);
console.log(`moves/s ${(stats.moves.length / options.seconds).toFixed(0)}; ${summary('moves acknowledged', stats.moves)}`);
console.log(`${summary('service time (sent to ack)', stats.service)}`);
if (!options.echo) {
  console.log(`game creations/s ${(stats.creations.length / options.seconds).toFixed(1)}; ${summary('games created', stats.creations)}`);
  console.log(`games finished ${stats.gamesFinished}, seq gaps ${stats.gaps}, errors ${stats.errors}${stats.lastError ? ` (last: ${stats.lastError})` : ''}`);
} else {
  console.log(`errors ${stats.errors}${stats.lastError ? ` (last: ${stats.lastError})` : ''}`);
}
console.log(`generator CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)}) over ${((performance.now() - start) / 1000).toFixed(1)} s, frames in ${stats.framesIn}, moves acknowledged in all ${stats.acks}`);
process.exit(stats.errors > 0 || stats.gaps > 0 ? 1 : 0);
