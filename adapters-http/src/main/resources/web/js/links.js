// Game links: the page's address for a game, and the game id in whatever the user pasted.

/** The id in "abc", "/?game=abc" or "http://host/?game=abc" (or the last path segment of a URL). */
export function gameIdOf(text, base = globalThis.location?.origin ?? 'http://localhost') {
  const trimmed = String(text).trim();
  try {
    const id = new URL(trimmed, base).searchParams.get('game');
    if (id) return id;
  } catch {
    // not a URL: an id
  }
  return trimmed.split(/[/?#]/).filter(Boolean).at(-1) ?? '';
}

/** The link that opens a game on this server. */
export function gameLink(gameId, origin = globalThis.location?.origin ?? '') {
  return `${origin}/?game=${encodeURIComponent(gameId)}`;
}
