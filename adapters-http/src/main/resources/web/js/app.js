// The page's entry point: makes sure this browser has a guest identity, then shows either the
// lobby (create or open a game) or the game named by ?game=<id>. It also exposes a few hooks
// for tests and for the curious as window.rookery.

import { RookeryApi } from './api.js';
import { ensureGuest, forgetGuest } from './identity.js';
import { rememberBot } from './opponents.js';
import { GamePage } from './game-page.js';
import { gameIdOf } from './links.js';

const params = new URLSearchParams(location.search);
const noticeBox = document.querySelector('[data-testid="notice"]');
let noticeTimer;

function notify(message) {
  noticeBox.textContent = message;
  noticeBox.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => (noticeBox.hidden = true), 8000);
}

function showLobby(api) {
  const lobby = document.querySelector('#lobby');
  lobby.hidden = false;
  lobby.querySelector('#create-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const [initialMs, incrementMs] = String(form.get('timeControl')).split('+').map(Number);
    try {
      const game = await api.createGame({ initialMs, incrementMs, color: form.get('color') });
      location.assign(`/?game=${encodeURIComponent(game.gameId)}${keep('transport')}`);
    } catch (e) {
      if (renewGuestAfter(e)) return;
      notify(`Could not create the game: ${e.detail || e.message}`);
    }
  });
  lobby.querySelector('#bot-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const [initialMs, incrementMs] = String(form.get('timeControl')).split('+').map(Number);
    try {
      const game = await api.challengeBot({ initialMs, incrementMs, color: form.get('color'), level: Number(form.get('level')) });
      rememberBot(game.gameId, game.opponent);
      location.assign(`/?game=${encodeURIComponent(game.gameId)}${keep('transport')}`);
    } catch (e) {
      if (renewGuestAfter(e)) return;
      notify(`Could not start a game against the computer: ${e.detail || e.message}`);
    }
  });
  lobby.querySelector('#join-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = gameIdOf(new FormData(event.target).get('game'));
    if (id) location.assign(`/?game=${encodeURIComponent(id)}${keep('transport')}`);
  });
}

// A stored token the server no longer accepts (it restarted with a new key, say): start over as
// a new guest, once per tab session so that a server refusing every token cannot loop us.
function renewGuestAfter(error) {
  if (error.status !== 401 || sessionStorage.getItem('rookery.renewed')) return false;
  sessionStorage.setItem('rookery.renewed', '1');
  forgetGuest();
  location.reload();
  return true;
}

function keep(name) {
  return params.has(name) ? `&${name}=${encodeURIComponent(params.get(name))}` : '';
}

async function showGame(api, guest, gameId) {
  const page = new GamePage({
    root: document.querySelector('#game'),
    gameId,
    guest,
    api,
    notify,
    transport: params.get('transport') ?? 'auto',
  });
  window.rookery.page = page;
  window.rookery.dropConnection = (options) => page.connection.drop(options);
  window.rookery.restoreConnection = () => page.connection.restore();
  window.rookery.connectionState = () => page.connection.state;
  window.rookery.queuedMoves = () => page.queue.all();
  try {
    await page.open();
  } catch (e) {
    if (renewGuestAfter(e)) return;
    notify(e.code === 'game_not_found' || e.status === 404 ? `There is no game ${gameId}.` : `Could not load the game: ${e.detail || e.message}`);
    showLobby(api);
  }
}

async function main() {
  window.rookery = { ready: false };
  let guest;
  try {
    guest = await ensureGuest();
  } catch (e) {
    notify(`Could not get a guest identity: ${e.detail || e.message}`);
    return;
  }
  const api = new RookeryApi(guest.token);
  document.querySelector('[data-testid="user"]').textContent = `Guest ${guest.userId.slice(-6)}`;
  document.querySelector('[data-testid="user"]').dataset.userId = guest.userId;
  window.rookery.forgetGuest = forgetGuest;
  const gameId = params.get('game');
  if (gameId) await showGame(api, guest, gameId);
  else showLobby(api);
  window.rookery.ready = true;
  document.body.dataset.ready = 'true';
}

main();
