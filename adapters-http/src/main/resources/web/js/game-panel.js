// The side panel of a game: players and clocks (the player's own at the bottom), status, move
// list, result, draw offer, the queued-moves notice and the command buttons. It only draws what
// it is given; the page decides.

import { describeResult, formatClock } from './format.js';
import { botName } from './opponents.js';

const $ = (root, testid) => root.querySelector(`[data-testid="${testid}"]`);

export class GamePanel {
  constructor(root, { onCommand, onJoin }) {
    this.root = root;
    const commands = { resign: 'resign', 'offer-draw': 'drawOffer', 'accept-draw': 'drawAccept', 'decline-draw': 'drawDecline', abort: 'abort' };
    for (const [testid, type] of Object.entries(commands)) $(root, testid).addEventListener('click', () => onCommand(type));
    $(root, 'join-game').addEventListener('click', () => onJoin());
    $(root, 'copy-link').addEventListener('click', () => navigator.clipboard?.writeText($(root, 'share-link').value));
  }

  /**
   * @param view {game, sans, me: {userId, color|null}, turn, shareLink, botEngine (null when unknown)}
   */
  render({ game, sans, me, turn, shareLink, botEngine }) {
    const playing = game.status === 'in_progress';
    const over = game.status === 'ended' || game.status === 'aborted';
    this.root.dataset.orientation = me.color ?? 'white';
    this.root.dataset.status = game.status;
    this.names(game, me, botEngine);
    $(this.root, 'status').textContent = statusText(game, me, turn);
    $(this.root, 'status').dataset.status = game.status;

    const waiting = game.status === 'waiting_for_opponent';
    $(this.root, 'waiting').hidden = !(waiting && me.color);
    $(this.root, 'share-link').value = shareLink;
    $(this.root, 'join-game').hidden = !(waiting && !me.color);

    const opponentOffers = playing && me.color && game.drawOfferBy && game.drawOfferBy !== me.color;
    $(this.root, 'draw-offer').hidden = !opponentOffers;
    this.moves(sans, game.moves);

    $(this.root, 'result-box').hidden = !over;
    $(this.root, 'result').textContent = game.status === 'aborted' ? 'Aborted' : game.result ?? '';
    $(this.root, 'reason').textContent = game.reason ?? '';
    $(this.root, 'result-box').title = over ? describeResult(game.result, game.reason) : '';

    enable($(this.root, 'resign'), playing && me.color);
    enable($(this.root, 'offer-draw'), playing && me.color && !game.drawOfferBy);
    $(this.root, 'offer-draw').textContent = playing && me.color && game.drawOfferBy === me.color ? 'Draw offered' : 'Offer draw';
    this.root.querySelector('.actions').hidden = !me.color;
    enable($(this.root, 'abort'), (waiting || (playing && game.moves.length < 2)) && me.color);
  }

  names(game, me, botEngine) {
    for (const side of ['white', 'black']) {
      const who = game[side];
      const name = who === null ? 'waiting…' : who === me.userId ? 'You' : botName(who, botEngine) ?? `Guest ${short(who)}`;
      this.root.querySelector(`.player.${side} .name`).textContent = `${side === 'white' ? '♔' : '♚'} ${name}`;
    }
  }

  moves(sans, ucis) {
    const list = $(this.root, 'move-list');
    const items = [];
    for (let ply = 1; ply <= ucis.length; ply += 2) {
      const li = document.createElement('li');
      for (const p of [ply, ply + 1]) {
        if (p > ucis.length) break;
        const span = document.createElement('span');
        span.className = 'san';
        span.dataset.ply = p;
        span.textContent = sans[p - 1] ?? ucis[p - 1];
        li.appendChild(span);
      }
      items.push(li);
    }
    list.replaceChildren(...items);
    list.scrollTop = list.scrollHeight;
  }

  /** Redraws both clocks from the model (called often). */
  tick(model) {
    const game = model.game;
    if (!game) return;
    for (const side of ['white', 'black']) {
      const clock = $(this.root, `clock-${side}`);
      const ms = model.remainingMs(side);
      clock.textContent = formatClock(ms);
      clock.dataset.ms = ms;
      const running = game.status === 'in_progress' && game.clock.running && game.clock.turn === side;
      clock.classList.toggle('running', running);
      clock.classList.toggle('low', ms < 10000);
    }
  }

  /** The notice that moves wait for the connection (only while it is down). */
  queued(count, online) {
    const notice = $(this.root, 'queue-notice');
    notice.hidden = count === 0 || online;
    notice.textContent = `${count} move${count === 1 ? '' : 's'} queued: ${count === 1 ? 'it' : 'they'} will be sent when the connection is back.`;
    notice.dataset.count = count;
  }
}

function statusText(game, me, turn) {
  switch (game.status) {
    case 'waiting_for_opponent':
      return me.color ? 'Waiting for an opponent to join.' : 'This game waits for an opponent.';
    case 'in_progress':
      if (!me.color) return `${turn === 'white' ? 'White' : 'Black'} to move.`;
      return turn === me.color ? 'Your move.' : "Your opponent's move.";
    case 'aborted':
      return 'The game was aborted.';
    default:
      return `${describeResult(game.result, game.reason)}.`;
  }
}

function enable(button, on) {
  button.disabled = !on;
}

function short(userId) {
  return String(userId).slice(-6);
}
