// The REST half of the Rookery API (see /openapi.json), with the guest's bearer token. Every
// failure is an ApiError carrying the problem's stable code, or 'network' when no answer came.

export class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail || code);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

const COMMAND_PATHS = {
  resign: 'resign',
  drawOffer: 'draw/offer',
  drawAccept: 'draw/accept',
  drawDecline: 'draw/decline',
  claimDraw: 'draw/claim',
  abort: 'abort',
};

export class RookeryApi {
  constructor(token = null) {
    this.token = token;
  }

  /** POST /v1/auth/guest: a new guest {userId, token}. */
  guest() {
    return this.call('POST', '/v1/auth/guest');
  }

  createGame({ initialMs, incrementMs, color }) {
    return this.call('POST', '/v1/games', { timeControl: { initialMs, incrementMs }, color });
  }

  /** A game against a bot of the level (1-8): it has joined already; the answer's opponent names it and its engine. */
  challengeBot({ initialMs, incrementMs, color, level }) {
    return this.call('POST', '/v1/games', { timeControl: { initialMs, incrementMs }, color, opponent: { type: 'bot', level } });
  }

  /** POST /v1/analysis: an engine's score, best move and line for a position. */
  analyse({ fen, depth, movetimeMs }) {
    return this.call('POST', '/v1/analysis', { fen, depth, movetimeMs });
  }

  joinGame(gameId) {
    return this.call('POST', `/v1/games/${encodeURIComponent(gameId)}/join`);
  }

  game(gameId) {
    return this.call('GET', `/v1/games/${encodeURIComponent(gameId)}`);
  }

  pgn(gameId) {
    return this.call('GET', `/v1/games/${encodeURIComponent(gameId)}/pgn`, undefined, 'text');
  }

  move(gameId, { uci, moveId, ply }) {
    return this.call('POST', `/v1/games/${encodeURIComponent(gameId)}/moves`, { uci, moveId, ply });
  }

  /** One of the game commands by its WebSocket name: resign, drawOffer, drawAccept, drawDecline, claimDraw, abort. */
  command(gameId, type) {
    const path = COMMAND_PATHS[type];
    if (!path) throw new Error(`unknown command ${type}`);
    return this.call('POST', `/v1/games/${encodeURIComponent(gameId)}/${path}`);
  }

  async call(method, path, body, as = 'json') {
    // A fresh request id per call: the server logs it and stamps it on the events the call records.
    const headers = { Accept: as === 'json' ? 'application/json' : '*/*', 'X-Request-ID': newId() };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiError(0, 'network', `no answer from the server (${e.message})`);
    }
    if (!response.ok) {
      let problem = {};
      try {
        problem = await response.json();
      } catch {
        // not a problem document: keep the status alone
      }
      throw new ApiError(response.status, problem.code ?? `http_${response.status}`, problem.detail ?? response.statusText);
    }
    return as === 'json' ? response.json() : response.text();
  }
}

/** A random id (a UUID where the browser offers one: it needs a secure context such as localhost). */
export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Parses the SAN moves out of a PGN's movetext (for the polling transport, whose game object lists UCI only). */
export function sansOfPgn(pgn) {
  const movetext = pgn
    .split('\n')
    .filter((line) => !line.startsWith('['))
    .join(' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/;[^\n]*/g, ' ')
    .replace(/\$\d+/g, ' ');
  return movetext
    .split(/\s+/)
    .map((token) => token.replace(/^\d+\.(\.\.)?/, ''))
    .filter((token) => token && !/^(1-0|0-1|1\/2-1\/2|\*)$/.test(token));
}
