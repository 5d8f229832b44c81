// One game on the page: the model fed by the connection, the board and the panel drawn from it,
// and the player's moves and commands sent through the offline queue and the connection.

import { newId } from './api.js';
import { BoardView } from './board.js';
import { GameConnection } from './connection.js';
import { afterMove, colorOf, parseFen } from './fen.js';
import { describeConnection } from './format.js';
import { GameModel } from './game-model.js';
import { GamePanel } from './game-panel.js';
import { forgetGuest } from './identity.js';
import { gameLink } from './links.js';
import { MoveQueue } from './move-queue.js';
import { rememberedEngine } from './opponents.js';

const TRANSPORTS = ['auto', 'websocket', 'sse', 'polling'];

export class GamePage {
  constructor({ root, gameId, guest, api, notify, transport }) {
    Object.assign(this, { root, gameId, guest, api, notify });
    this.model = new GameModel();
    this.queue = new MoveQueue(gameId);
    this.botEngine = rememberedEngine(gameId);
    this.indicator = document.querySelector('[data-testid="connection"]');
    this.board = new BoardView(root.querySelector('#board'), {
      canMove: (square) => this.canMove(square),
      onMove: (uci) => this.play(uci),
    });
    this.panel = new GamePanel(root.querySelector('.panel'), {
      onCommand: (type) => this.command(type),
      onJoin: () => this.join(),
    });
    this.connection = new GameConnection({
      gameId,
      token: guest.token,
      api,
      model: this.model,
      transport: TRANSPORTS.includes(transport) ? transport : 'auto',
      handlers: {
        ready: () => this.flushQueue(),
        ack: (moveId) => this.acknowledged(moveId),
        error: (frame) => this.refused(frame),
        state: (state, kind, retryInMs) => this.showConnection(state, kind, retryInMs),
      },
    });
    this.model.onChange(() => this.render());
  }

  /** Loads the game, shows it and connects; resolves false when there is no such game. */
  async open() {
    const game = await this.api.game(this.gameId);
    this.model.applySnapshot(game);
    this.root.hidden = false;
    this.connection.start();
    this.clockTimer = setInterval(() => this.panel.tick(this.model), 100);
  }

  get me() {
    const g = this.model.game;
    const color = g.white === this.guest.userId ? 'white' : g.black === this.guest.userId ? 'black' : null;
    return { userId: this.guest.userId, color };
  }

  /** The position shown: the server's, with the player's move that waits for the server on top. */
  shown() {
    let position = parseFen(this.model.game.fen);
    let lastMove = this.model.game.moves.at(-1) ?? null;
    const pending = this.queue.all().find((e) => e.ply === this.model.ply);
    if (pending) {
      position = afterMove(position, pending.uci);
      lastMove = pending.uci;
    }
    return { position, lastMove };
  }

  render() {
    const game = this.model.game;
    if (!game) return;
    this.queue.dropPlayedBefore(this.model.ply); // a move the game has gone past was played
    const { position, lastMove } = this.shown();
    this.board.setOrientation(this.me.color ?? 'white');
    this.board.show(position, lastMove);
    this.panel.render({ game, sans: this.model.sans, me: this.me, turn: position.turn, shareLink: this.shareLink(), botEngine: this.botEngine });
    this.panel.tick(this.model);
    this.panel.queued(this.queue.size, this.connection.state === 'online');
    document.title = `${this.titlePrefix(position.turn)}Rookery`;
  }

  titlePrefix(turn) {
    const game = this.model.game;
    return game.status === 'in_progress' && turn === this.me.color ? 'Your move · ' : '';
  }

  shareLink() {
    return gameLink(this.gameId);
  }

  canMove(square) {
    const game = this.model.game;
    const { position } = this.shown();
    const piece = position.pieces.get(square);
    return Boolean(game && game.status === 'in_progress' && this.me.color && position.turn === this.me.color
        && piece && colorOf(piece) === this.me.color);
  }

  play(uci) {
    const entry = { moveId: newId(), ply: this.model.ply, uci }; // moveId: the server's idempotency key
    if (!this.queue.add(entry)) {
      this.notify('Too many moves are waiting for the connection; this one was not kept.');
      return;
    }
    this.render();
    this.connection.sendMove(entry);
  }

  flushQueue() {
    for (const entry of this.queue.all()) this.connection.sendMove(entry);
    this.render();
  }

  acknowledged(moveId) {
    if (this.queue.remove(moveId)) this.render();
  }

  refused(frame) {
    if (frame.code === 'unauthorized') {
      this.notify('The server no longer accepts this guest identity; reload the page to continue as a new guest.');
      forgetGuest();
      return;
    }
    if (frame.moveId && this.queue.remove(frame.moveId)) {
      this.notify(`Move refused: ${frame.message ?? frame.code}`);
      this.render();
      return;
    }
    this.notify(frame.message ?? frame.code);
  }

  command(type) {
    this.connection.command(type).then(
      (game) => game && this.model.applySnapshot(game),
      (e) => this.notify(e.detail || e.message),
    );
  }

  async join() {
    try {
      this.model.applySnapshot(await this.api.joinGame(this.gameId));
    } catch (e) {
      this.notify(e.detail || e.message);
    }
  }

  showConnection(state, kind, retryInMs) {
    this.indicator.dataset.state = state;
    this.indicator.dataset.transport = kind;
    this.indicator.textContent = describeConnection(state, kind, retryInMs);
    if (this.model.game) this.panel.queued(this.queue.size, state === 'online');
  }
}
