// How the page words things: clock times, results and their reasons, the connection state.

/** A clock reading: m:ss, or m:ss.t under ten seconds. */
export function formatClock(ms) {
  const total = Math.max(0, ms);
  const minutes = Math.floor(total / 60000);
  const seconds = Math.floor((total % 60000) / 1000);
  const base = `${minutes}:${String(seconds).padStart(2, '0')}`;
  return total < 10000 ? `${base}.${Math.floor((total % 1000) / 100)}` : base;
}

const REASONS = {
  checkmate: 'checkmate',
  resignation: 'resignation',
  timeout: 'time',
  stalemate: 'stalemate',
  agreement: 'agreement',
  threefold_repetition: 'threefold repetition',
  fivefold_repetition: 'fivefold repetition',
  fifty_moves: 'the fifty-move rule',
  seventy_five_moves: 'the seventy-five-move rule',
  insufficient_material: 'insufficient material',
  timeout_vs_insufficient_material: 'time against insufficient material',
  aborted: 'abort',
};

/** A sentence for a finished game: "White wins by checkmate", "Draw by agreement". */
export function describeResult(result, reason) {
  const why = REASONS[reason] ?? reason ?? 'unknown reason';
  if (result === '1-0') return `White wins by ${why}`;
  if (result === '0-1') return `Black wins by ${why}`;
  if (result === '1/2-1/2') return `Draw by ${why}`;
  return 'Game over';
}

export function describeConnection(state, transport, retryInMs) {
  const via = transport === 'websocket' ? '' : ` (${transport === 'sse' ? 'event stream' : 'polling'})`;
  switch (state) {
    case 'connecting':
      return 'Connecting…';
    case 'online':
      return `Online${via}`;
    case 'reconnecting':
      return retryInMs ? `Reconnecting in ${Math.round(retryInMs / 1000)} s…` : 'Reconnecting…';
    case 'offline':
      return 'Offline';
    default:
      return '';
  }
}
