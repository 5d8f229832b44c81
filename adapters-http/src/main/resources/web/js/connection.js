// One game's live connection: which transport it uses, whether it is up, and getting it back.
// A lost connection is retried after 1 s, 2 s, 4 s … at most 30 s; each new connection resumes
// after the last seq the page applied. WebSockets come first; when they never get through, the
// page falls back to Server-Sent Events, and then to polling. The state is one of connecting,
// online, reconnecting and offline (the browser says it is offline, or a test holds it down).

import { EventStreamTransport, PollingTransport, SocketTransport } from './transports.js';

export const BACKOFF_FIRST_MS = 1000;
export const BACKOFF_MAX_MS = 30000;
const KINDS = ['websocket', 'sse', 'polling'];
const FAILURES_BEFORE_FALLBACK = 2;
const TRANSPORTS = { websocket: SocketTransport, sse: EventStreamTransport, polling: PollingTransport };

/** The wait before reconnection attempt number {@code attempt} (0 for the first). */
export function backoffMs(attempt) {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(attempt, 15));
}

export class GameConnection {
  /**
   * @param model the GameModel the snapshots and events go to
   * @param handlers {ready(), ack(moveId), error(frame), state(state, transport, retryInMs)}
   * @param transport 'auto' (WebSocket, then SSE, then polling) or one of them to use alone
   * @param transports the transport classes by kind (tests put fakes here)
   */
  constructor({ gameId, token, api, model, handlers, transport = 'auto', transports = TRANSPORTS }) {
    Object.assign(this, { gameId, token, api, model, handlers, transports });
    this.fixed = transport !== 'auto';
    this.kind = this.fixed ? transport : typeof WebSocket === 'function' ? 'websocket' : 'sse';
    this.attempts = 0;
    this.failuresWithoutOpen = 0;
    this.everOnline = false;
    this.held = false;
    this.state = 'connecting';
    globalThis.addEventListener?.('offline', () => this.goOffline());
    globalThis.addEventListener?.('online', () => this.comeBack());
  }

  start() {
    this.setState(this.everOnline ? 'reconnecting' : 'connecting');
    const listener = {
      opened: (game) => this.model.applySnapshot(game),
      ready: () => this.ready(),
      event: (envelope) => this.model.applyEvent(envelope),
      sans: (list) => this.model.setSans(list),
      ack: (moveId) => this.handlers.ack(moveId),
      error: (frame) => this.handlers.error(frame),
      closed: (code) => this.lost(code),
      lastSeq: () => this.model.lastSeq,
    };
    const options = { gameId: this.gameId, token: this.token, api: this.api, listener, resumeFrom: (game) => this.resumeFrom(game) };
    this.transport = new this.transports[this.kind](options);
    this.transport.start();
  }

  /**
   * Where a new connection's event stream should start (null: right after its snapshot): after
   * the last seq the page applied, or from 0 when the SANs of moves already played are missing
   * (a snapshot lists moves in UCI only).
   */
  resumeFrom(game) {
    if (this.model.known) return this.model.missingSans ? 0 : this.model.lastSeq;
    return game.moves.length > 0 ? 0 : null;
  }

  ready() {
    this.attempts = 0;
    this.failuresWithoutOpen = 0;
    this.everOnline = true;
    this.setState('online');
    this.handlers.ready();
  }

  lost(closeCode) {
    this.transport = null;
    // The server refused this token (4401) or knows no such game (4404): retrying cannot help.
    if (closeCode === 4401 || closeCode === 4404) this.held = true;
    if (this.state !== 'online') this.failuresWithoutOpen++;
    const fallback = this.fallback();
    if (this.held || globalThis.navigator?.onLine === false) {
      this.setState('offline');
      return;
    }
    // Another transport is worth trying at once; the same one again only after the backoff.
    const wait = fallback ? 0 : backoffMs(this.attempts++);
    this.setState('reconnecting', wait);
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.start(), wait);
  }

  /** Moves on to the next transport when this one never got through; returns whether it did. */
  fallback() {
    if (this.fixed || this.everOnline || this.failuresWithoutOpen < FAILURES_BEFORE_FALLBACK) return false;
    const next = KINDS[KINDS.indexOf(this.kind) + 1];
    if (!next) return false;
    this.kind = next;
    this.failuresWithoutOpen = 0;
    this.attempts = 0;
    return true;
  }

  /** Sends a move now if the connection is up; false means it stays queued. */
  sendMove(entry) {
    return this.state === 'online' && Boolean(this.transport?.sendMove(entry));
  }

  /** Sends a command (resign, drawOffer, …) on the connection, or over REST when it is down. */
  command(type) {
    if (this.state === 'online' && this.transport) return this.transport.command(type);
    return this.api.command(this.gameId, type);
  }

  /** Test hook: drops the connection; with hold, keeps it down until restore(). */
  drop({ hold = false } = {}) {
    this.held = hold;
    clearTimeout(this.retry);
    const transport = this.transport;
    this.transport = null;
    transport?.close();
    this.lost();
  }

  /** Test hook (and the browser's online event): connect again now. */
  restore() {
    this.held = false;
    this.comeBack();
  }

  goOffline() {
    this.drop({ hold: this.held });
  }

  comeBack() {
    if (this.held || this.state === 'online' || this.transport) return;
    clearTimeout(this.retry);
    this.attempts = 0;
    this.start();
  }

  setState(state, retryInMs = null) {
    this.state = state;
    this.handlers.state(state, this.kind, retryInMs);
  }
}
