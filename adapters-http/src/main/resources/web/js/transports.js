// The three ways the page can follow a game, behind one shape so the connection can swap them:
// a WebSocket (commands on the socket), Server-Sent Events (commands over REST) and polling
// (GET the game every POLL_MS; commands over REST). Each lives for one connection attempt and
// reports through the listener: opened(game) once it has a snapshot, event(envelope),
// ack(moveId), error({code, message, moveId}), sans(list), closed(). After close() it is silent.

import { ApiError, newId, sansOfPgn } from './api.js';

export const POLL_MS = 1000;
const PING_EVERY_MS = 15000;
const DEAD_AFTER_MS = 35000;

/** WebSocket /ws/games/{id}?token=…: snapshot first, then events; resume replays after a seq. */
export class SocketTransport {
  constructor({ gameId, token, listener, resumeFrom }) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const query = token ? `?token=${encodeURIComponent(token)}` : '';
    this.url = `${scheme}://${location.host}/ws/games/${encodeURIComponent(gameId)}${query}`;
    this.listener = listener;
    this.resumeFrom = resumeFrom;
    this.open = false;
  }

  start() {
    let ws;
    try {
      ws = new WebSocket(this.url);
    } catch {
      this.ws = null;
      setTimeout(() => this.finish(), 0); // report the failure after start() has returned
      return;
    }
    this.ws = ws;
    this.heardAt = Date.now();
    ws.onmessage = (message) => this.received(message.data);
    ws.onclose = (event) => this.finish(event.code);
    ws.onerror = () => this.finish();
    // The server pings idle sockets, but a browser cannot see pings: ask now and then, and give
    // up on a socket that has said nothing for too long (a half-open connection).
    this.heartbeat = setInterval(() => {
      if (Date.now() - this.heardAt > DEAD_AFTER_MS) this.finish();
      else if (this.open) this.send({ type: 'ping' });
    }, PING_EVERY_MS);
  }

  received(text) {
    this.heardAt = Date.now();
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    switch (frame.type) {
      case 'snapshot': {
        const from = this.resumeFrom(frame.game);
        this.open = true;
        this.listener.opened(frame.game);
        if (from !== null) this.send({ type: 'resume', lastSeq: from });
        this.listener.ready();
        break;
      }
      case 'event':
        this.listener.event(frame.event);
        break;
      case 'ack':
        this.listener.ack(frame.moveId);
        break;
      case 'error':
        if (frame.code === 'too_far_behind') this.send({ type: 'resume', lastSeq: this.listener.lastSeq() });
        else this.listener.error(frame);
        break;
      default:
        break; // pong, and frame types this page does not know
    }
  }

  send(frame) {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  // Each command carries a request id, which the server uses as the correlation id of its events.
  sendMove(entry) {
    return this.open && this.send({ type: 'move', moveId: entry.moveId, ply: entry.ply, uci: entry.uci, requestId: newId() });
  }

  command(type) {
    if (!this.open || !this.send({ type, requestId: newId() })) return Promise.reject(new ApiError(0, 'network', 'not connected'));
    return Promise.resolve();
  }

  close() {
    this.done = true;
    this.detach();
    try {
      this.ws?.close(4000, 'closed by the page');
    } catch {
      // already closing
    }
  }

  finish(code) {
    if (this.done) return;
    this.close();
    this.listener.closed(code);
  }

  detach() {
    clearInterval(this.heartbeat);
    if (this.ws) this.ws.onmessage = this.ws.onclose = this.ws.onerror = null;
    this.open = false;
  }
}

/** Commands over REST, for the transports that only listen. */
class RestCommands {
  constructor({ gameId, api, listener }) {
    this.gameId = gameId;
    this.api = api;
    this.listener = listener;
  }

  sendMove(entry) {
    if (!this.open) return false;
    this.api.move(this.gameId, entry).then(
      () => this.listener.ack(entry.moveId),
      (e) => {
        if (e.code !== 'network') this.listener.error({ code: e.code, message: e.detail, moveId: entry.moveId });
      },
    );
    return true;
  }

  command(type) {
    return this.api.command(this.gameId, type);
  }
}

/** Server-Sent Events /v1/games/{id}/events: a REST snapshot, then the events after lastEventId. */
export class EventStreamTransport extends RestCommands {
  constructor(options) {
    super(options);
    this.token = options.token;
    this.resumeFrom = options.resumeFrom;
    this.open = false;
  }

  async start() {
    let game;
    try {
      game = await this.api.game(this.gameId);
    } catch {
      this.finish();
      return;
    }
    if (this.stopped) return;
    const from = this.resumeFrom(game) ?? game.seq;
    this.listener.opened(game);
    const query = new URLSearchParams({ lastEventId: String(from) });
    if (this.token) query.set('token', this.token);
    const source = new EventSource(`/v1/games/${encodeURIComponent(this.gameId)}/events?${query}`);
    this.source = source;
    source.onopen = () => {
      this.open = true;
      this.listener.ready();
    };
    source.onmessage = (message) => this.listener.event(JSON.parse(message.data));
    source.addEventListener('snapshot', (message) => this.listener.opened(JSON.parse(message.data)));
    // Ours to reconnect, with backoff and the last seq we applied, rather than the browser's retry.
    source.addEventListener('problem', () => this.finish());
    source.onerror = () => this.finish();
  }

  close() {
    this.stopped = true;
    this.open = false;
    this.source?.close();
  }

  finish() {
    if (this.stopped) return;
    this.close();
    this.listener.closed();
  }
}

/** GET /v1/games/{id} every POLL_MS; the SAN list comes from the PGN when moves were added. */
export class PollingTransport extends RestCommands {
  constructor(options) {
    super(options);
    this.open = false;
  }

  start() {
    this.poll();
  }

  async poll() {
    try {
      const game = await this.api.game(this.gameId);
      if (this.stopped) return;
      const grew = !this.open || game.seq > this.listener.lastSeq();
      this.listener.opened(game);
      if (grew && game.moves.length > 0) this.listener.sans(sansOfPgn(await this.api.pgn(this.gameId)));
      if (this.stopped) return;
      if (!this.open) {
        this.open = true;
        this.listener.ready();
      }
      this.timer = setTimeout(() => this.poll(), POLL_MS);
    } catch {
      this.finish();
    }
  }

  close() {
    this.stopped = true;
    this.open = false;
    clearTimeout(this.timer);
  }

  finish() {
    if (this.stopped) return;
    this.close();
    this.listener.closed();
  }
}
