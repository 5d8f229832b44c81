'use strict';
// Rookery in the browser: one page, one game. WebSocket with reconnection backoff (1 s, 2 s, 4 s … 30 s),
// resume by lastSeq, polling fallback while the socket is down, and an offline move queue kept in localStorage.
const PIECES = { K: '\u2654', Q: '\u2655', R: '\u2656', B: '\u2657', N: '\u2658', P: '\u2659',
                 k: '\u265A', q: '\u265B', r: '\u265C', b: '\u265D', n: '\u265E', p: '\u265F' };
const $ = (id) => document.getElementById(id);
const app = {
  token: null, userId: null, gameId: null, game: null, lastSeq: -1, sans: {}, lastMove: null,
  ws: null, attempts: 0, retryTimer: null, pollTimer: null, state: 'idle', selected: null, queue: [], clockAt: 0,
};
window.rookery = app; // for tests and the curious

function requestId() {
  return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
}

async function api(method, path, body) {
  const headers = { 'X-Request-ID': requestId() };
  if (app.token) headers.Authorization = 'Bearer ' + app.token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const json = text && (res.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
  if (!res.ok) { const e = new Error(json.detail || res.statusText); e.code = json.code; e.status = res.status; throw e; }
  return json;
}

async function ensureGuest() {
  const saved = JSON.parse(localStorage.getItem('rookery.guest') || 'null');
  if (saved && Date.parse(saved.expiresAt) > Date.now() + 60000) Object.assign(app, { token: saved.token, userId: saved.userId });
  else {
    const guest = await api('POST', '/v1/auth/guest');
    localStorage.setItem('rookery.guest', JSON.stringify(guest));
    Object.assign(app, { token: guest.token, userId: guest.userId });
  }
  $('me').textContent = app.userId;
}

// ---- connection -------------------------------------------------------------------------------
function setState(state, detail) {
  app.state = state;
  const el = $('connection');
  el.className = 'state-' + state;
  el.dataset.state = state;
  el.textContent = { idle: 'not connected', connecting: 'connecting…', open: 'live',
    reconnecting: 'reconnecting in ' + Math.round((detail || 0) / 1000) + ' s (polling meanwhile)', closed: 'closed' }[state];
}

function connect() {
  clearTimeout(app.retryTimer);
  setState(app.attempts ? 'reconnecting' : 'connecting', 0);
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = new WebSocket(scheme + '//' + location.host + '/ws/games/' + app.gameId + '?token=' + encodeURIComponent(app.token));
  app.ws = ws;
  ws.onmessage = (m) => frame(ws, JSON.parse(m.data));
  ws.onclose = (e) => {
    if (app.ws !== ws) return;
    app.ws = null;
    if (e.code === 4401 || e.code === 4404) { setState('closed'); return; }
    reconnectLater();
  };
}

function reconnectLater() {
  app.attempts++;
  const delay = Math.min(1000 * 2 ** (app.attempts - 1), 30000);
  setState('reconnecting', delay);
  startPolling();
  app.retryTimer = setTimeout(connect, delay);
}

function send(frameObject) {
  if (app.ws && app.ws.readyState === WebSocket.OPEN) { app.ws.send(JSON.stringify(frameObject)); return true; }
  return false;
}

function frame(ws, f) {
  switch (f.type) {
    case 'snapshot':
      if (app.lastSeq < 0) { applyGame(f.game); } else { send({ type: 'resume', lastSeq: app.lastSeq }); }
      app.attempts = 0;
      stopPolling();
      setState('open');
      flushQueue();
      break;
    case 'event':
      if (f.seq <= app.lastSeq) return; // seen already
      applyEvent(f.event);
      break;
    case 'ack':
      dequeue(f.moveId);
      break;
    case 'error':
      $('message').textContent = f.message || f.code;
      if (f.code === 'too_far_behind') send({ type: 'resume', lastSeq: app.lastSeq });
      if (f.moveId && f.code !== 'rate_limited') dequeue(f.moveId);
      break;
  }
}

function startPolling() {
  if (app.pollTimer) return;
  app.pollTimer = setInterval(async () => {
    try { const g = await api('GET', '/v1/games/' + app.gameId); if (g.seq > app.lastSeq) applyGame(g); } catch (e) { /* still offline */ }
  }, 2000);
}

function stopPolling() {
  clearInterval(app.pollTimer);
  app.pollTimer = null;
}

// ---- offline move queue -------------------------------------------------------------------------
function queueKey() { return 'rookery.queue.' + app.gameId; }
function saveQueue() { localStorage.setItem(queueKey(), JSON.stringify(app.queue)); renderQueue(); }
function dequeue(moveId) { app.queue = app.queue.filter((m) => m.moveId !== moveId); saveQueue(); }
function flushQueue() { for (const m of app.queue) send({ type: 'move', moveId: m.moveId, ply: m.ply, uci: m.uci, requestId: m.moveId }); }

function play(uci) {
  if (!isMyTurn() || app.queue.length) return;
  const move = { moveId: requestId(), ply: app.game.moves.length, uci };
  app.queue.push(move);
  saveQueue();
  $('message').textContent = '';
  send({ type: 'move', moveId: move.moveId, ply: move.ply, uci: move.uci, requestId: move.moveId });
}

// ---- game state ---------------------------------------------------------------------------------
function applyGame(g) {
  app.game = g;
  app.lastSeq = g.seq;
  app.clockAt = performance.now();
  render();
}

function applyEvent(e) {
  const g = app.game, p = e.payload;
  app.lastSeq = e.seq;
  g.seq = e.seq;
  switch (e.type) {
    case 'PlayerJoined':
      g.status = 'in_progress'; g[p.color] = p.userId; g.clock.running = true; break;
    case 'MovePlayed':
      g.fen = p.fen; g.moves.push(p.uci); app.sans[p.ply] = p.san; app.lastMove = p.uci; g.drawOfferBy = null;
      g.clock = { whiteMs: p.whiteMs, blackMs: p.blackMs, turn: p.fen.split(' ')[1] === 'w' ? 'white' : 'black', running: true };
      break;
    case 'DrawOffered': g.drawOfferBy = p.by; break;
    case 'DrawDeclined': g.drawOfferBy = null; break;
    case 'GameEnded':
      Object.assign(g, { status: 'ended', result: p.result, reason: p.reason });
      g.clock = { whiteMs: p.whiteMs, blackMs: p.blackMs, turn: g.clock.turn, running: false };
      break;
    case 'GameAborted': Object.assign(g, { status: 'aborted', reason: 'aborted' }); g.clock.running = false; break;
  }
  app.clockAt = performance.now();
  render();
}

function myColor() { return app.game && (app.game.white === app.userId ? 'white' : app.game.black === app.userId ? 'black' : null); }
function sideToMove() { return app.game.fen.split(' ')[1] === 'w' ? 'white' : 'black'; }
function isMyTurn() { return app.game && app.game.status === 'in_progress' && myColor() === sideToMove(); }

// ---- rendering ----------------------------------------------------------------------------------
function boardFromFen(fen) {
  const rows = fen.split(' ')[0].split('/');
  const squares = {};
  rows.forEach((row, i) => {
    let file = 0;
    for (const c of row) {
      if (c >= '1' && c <= '8') file += Number(c);
      else { squares['abcdefgh'[file] + (8 - i)] = c; file++; }
    }
  });
  return squares;
}

function render() {
  const g = app.game;
  $('lobby').hidden = true;
  $('play').hidden = false;
  $('side').hidden = false;
  $('game-id').textContent = g.gameId;
  renderBoard();
  const flipped = myColor() === 'black';
  renderClock('clock-top', flipped ? 'white' : 'black');
  renderClock('clock-bottom', flipped ? 'black' : 'white');
  const status = { waiting_for_opponent: 'Waiting for an opponent — send them the link',
    in_progress: (isMyTurn() ? 'Your move' : sideToMove() + ' to move') + (g.drawOfferBy && g.drawOfferBy !== myColor() ? ' — draw offered' : ''),
    ended: 'Game over: ' + g.result + ' (' + (g.reason || '').replaceAll('_', ' ') + ')', aborted: 'Game aborted' }[g.status];
  $('status').textContent = status;
  $('status').dataset.status = g.status;
  $('moves').innerHTML = '';
  g.moves.forEach((uci, i) => {
    const li = document.createElement('li');
    li.textContent = app.sans[i + 1] || uci;
    li.dataset.uci = uci;
    $('moves').appendChild(li);
  });
  const playing = g.status === 'in_progress' && myColor();
  $('resign').hidden = !playing;
  $('draw').hidden = !playing;
  $('accept-draw').hidden = !(playing && g.drawOfferBy && g.drawOfferBy !== myColor());
  $('abort').hidden = !(myColor() && (g.status === 'waiting_for_opponent' || (g.status === 'in_progress' && g.moves.length < 2)));
  renderQueue();
}

function renderBoard() {
  const board = $('board'), squares = boardFromFen(app.game.fen), flipped = myColor() === 'black';
  board.innerHTML = '';
  for (let r = 0; r < 8; r++) {
    for (let f = 0; f < 8; f++) {
      const file = flipped ? 7 - f : f, rank = flipped ? r + 1 : 8 - r;
      const name = 'abcdefgh'[file] + rank, piece = squares[name];
      const sq = document.createElement('div');
      sq.className = 'sq ' + ((file + rank) % 2 === 1 ? 'dark' : 'light'); // a1 is dark
      sq.id = 'sq-' + name;
      sq.dataset.square = name;
      if (app.selected === name) sq.classList.add('selected');
      if (app.lastMove && (app.lastMove.slice(0, 2) === name || app.lastMove.slice(2, 4) === name)) sq.classList.add('last');
      if (piece) {
        sq.textContent = PIECES[piece];
        sq.dataset.piece = piece;
        const mine = (piece === piece.toUpperCase()) === (myColor() === 'white');
        if (mine && isMyTurn()) {
          sq.draggable = true;
          sq.addEventListener('dragstart', (ev) => ev.dataTransfer.setData('text/plain', name));
        }
      }
      sq.addEventListener('click', () => clicked(name));
      sq.addEventListener('dragover', (ev) => ev.preventDefault());
      sq.addEventListener('drop', (ev) => { ev.preventDefault(); moveFromTo(ev.dataTransfer.getData('text/plain'), name); });
      board.appendChild(sq);
    }
  }
}

function clicked(name) {
  const piece = boardFromFen(app.game.fen)[name];
  const mine = piece && (piece === piece.toUpperCase()) === (myColor() === 'white');
  if (app.selected && app.selected !== name && !mine) { moveFromTo(app.selected, name); return; }
  app.selected = mine && isMyTurn() ? name : null;
  renderBoard();
}

function moveFromTo(from, to) {
  app.selected = null;
  if (!from || from === to) { renderBoard(); return; }
  const piece = boardFromFen(app.game.fen)[from];
  const promotes = piece && piece.toLowerCase() === 'p' && (to[1] === '8' || to[1] === '1');
  play(from + to + (promotes ? 'q' : ''));
  renderBoard();
}

function renderClock(id, color) {
  const g = app.game, el = $(id);
  el.querySelector('.name').textContent = (g[color] || 'waiting…') + ' (' + color + ')';
  el.dataset.color = color;
  let ms = g.clock[color + 'Ms'];
  const running = g.status === 'in_progress' && g.clock.running && g.clock.turn === color;
  if (running) ms = Math.max(0, ms - (performance.now() - app.clockAt));
  const s = Math.ceil(ms / 1000);
  el.querySelector('.time').textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  el.classList.toggle('running', running);
}

function renderQueue() {
  $('queue').innerHTML = '';
  for (const m of app.queue) {
    const li = document.createElement('li');
    li.textContent = m.uci + ' (not sent yet)';
    $('queue').appendChild(li);
  }
}

// ---- lobby and buttons ---------------------------------------------------------------------------
async function openGame(gameId) {
  app.gameId = gameId;
  app.queue = JSON.parse(localStorage.getItem(queueKey()) || '[]');
  let game = await api('GET', '/v1/games/' + gameId);
  if (game.status === 'waiting_for_opponent' && game.white !== app.userId && game.black !== app.userId) {
    game = await api('POST', '/v1/games/' + gameId + '/join');
  }
  if (location.hash !== '#' + gameId) history.replaceState(null, '', '#' + gameId);
  applyGame(game);
  connect();
}

async function lobbyAction(action) {
  $('lobby-error').textContent = '';
  try { await action(); } catch (e) { $('lobby-error').textContent = e.message; }
}

function command(type, path) {
  if (!send({ type })) api('POST', '/v1/games/' + app.gameId + path).catch((e) => { $('message').textContent = e.message; });
}

$('create').addEventListener('click', () => lobbyAction(async () => {
  const [initialMs, incrementMs] = $('time').value.split(':').map(Number);
  const game = await api('POST', '/v1/games', { timeControl: { initialMs, incrementMs }, color: $('color').value });
  await openGame(game.gameId);
}));
$('join').addEventListener('click', () => lobbyAction(() => openGame($('join-id').value.trim())));
$('copy-link').addEventListener('click', () => navigator.clipboard && navigator.clipboard.writeText(location.origin + '/#' + app.gameId));
$('resign').addEventListener('click', () => command('resign', '/resign'));
$('draw').addEventListener('click', () => command('drawOffer', '/draw/offer'));
$('accept-draw').addEventListener('click', () => command('drawAccept', '/draw/accept'));
$('abort').addEventListener('click', () => command('abort', '/abort'));
setInterval(() => { if (app.game && app.game.status === 'in_progress') { renderClock('clock-top', myColor() === 'black' ? 'white' : 'black'); renderClock('clock-bottom', myColor() === 'black' ? 'black' : 'white'); } }, 200);

(async () => {
  try {
    await ensureGuest();
    if (location.hash.length > 1) await openGame(location.hash.slice(1));
  } catch (e) {
    $('lobby-error').textContent = e.message;
  }
})();
