// What the page knows of one game: the server's game object (from a snapshot) kept up to date
// by the game's events, in seq order, plus the SAN of every move. Events at or below the last
// applied seq change nothing but may fill in the SAN of moves the snapshot listed in UCI only
// (a replay from seq 0 brings them); so a resume after a reconnect is safe to overlap.

import { parseFen } from './fen.js';

export class GameModel {
  constructor(now = () => Date.now()) {
    this.now = now;
    this.game = null;
    this.sans = [];
    this.lastSeq = -1;
    this.clockAt = 0;
    this.listeners = [];
  }

  onChange(listener) {
    this.listeners.push(listener);
  }

  /** Whether a snapshot has been applied. */
  get known() {
    return this.game !== null;
  }

  /** Whether some moves lack their SAN (the snapshot lists moves in UCI only). */
  get missingSans() {
    return this.game !== null && this.sans.filter(Boolean).length < this.game.moves.length;
  }

  /** Replaces the state with a game object (from a snapshot, a REST answer or a poll). */
  applySnapshot(game) {
    if (this.game && game.seq < this.lastSeq) return false;
    this.game = structuredClone(game);
    this.sans.length = Math.min(this.sans.length, game.moves.length);
    this.lastSeq = game.seq;
    this.clockAt = this.now();
    this.changed();
    return true;
  }

  /** Applies an event envelope; returns whether it changed the state. */
  applyEvent(envelope) {
    const payload = envelope.payload ?? {};
    if (envelope.type === 'MovePlayed') this.sans[payload.ply - 1] = payload.san;
    if (!this.game || envelope.seq <= this.lastSeq) {
      if (envelope.type === 'MovePlayed') this.changed();
      return false;
    }
    this.lastSeq = envelope.seq;
    this.game.seq = envelope.seq;
    const g = this.game;
    switch (envelope.type) {
      case 'PlayerJoined':
        g[payload.color] = payload.userId;
        g.status = 'in_progress';
        this.setClock(g.clock.whiteMs, g.clock.blackMs, true);
        break;
      case 'MovePlayed': {
        g.moves[payload.ply - 1] = payload.uci;
        g.moves.length = payload.ply;
        g.fen = payload.fen;
        const next = parseFen(payload.fen).turn;
        if (g.drawOfferBy === next) g.drawOfferBy = null;
        g.clock.turn = next;
        this.setClock(payload.whiteMs, payload.blackMs, true);
        break;
      }
      case 'DrawOffered':
        g.drawOfferBy = payload.by;
        break;
      case 'DrawDeclined':
        g.drawOfferBy = null;
        break;
      case 'GameEnded':
        g.status = 'ended';
        g.result = payload.result;
        g.reason = payload.reason;
        g.drawOfferBy = null;
        this.setClock(payload.whiteMs ?? g.clock.whiteMs, payload.blackMs ?? g.clock.blackMs, false);
        break;
      case 'GameAborted':
        g.status = 'aborted';
        g.reason = 'aborted';
        g.drawOfferBy = null;
        this.setClock(payload.whiteMs ?? g.clock.whiteMs, payload.blackMs ?? g.clock.blackMs, false);
        break;
      default:
        break; // GameCreated and types this page does not know change nothing it shows
    }
    this.changed();
    return true;
  }

  /** Sets the SAN of every move at once (from a PGN). */
  setSans(list) {
    list.forEach((san, i) => (this.sans[i] = san));
    this.changed();
  }

  /** The remaining time of a side now, counting down the running clock locally. */
  remainingMs(side) {
    const clock = this.game?.clock;
    if (!clock) return 0;
    const stored = side === 'white' ? clock.whiteMs : clock.blackMs;
    if (!clock.running || clock.turn !== side || this.game.status !== 'in_progress') return stored;
    return Math.max(0, stored - (this.now() - this.clockAt));
  }

  /** The number of half-moves played. */
  get ply() {
    return this.game ? this.game.moves.length : 0;
  }

  setClock(whiteMs, blackMs, running) {
    Object.assign(this.game.clock, { whiteMs, blackMs, running });
    this.clockAt = this.now();
  }

  changed() {
    for (const listener of this.listeners) listener(this);
  }
}
