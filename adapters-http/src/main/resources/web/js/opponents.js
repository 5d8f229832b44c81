// Computer opponents as the page shows them. A bot plays as `bot-<level>`; the engine it thinks
// with comes with the answer that started the game and is kept for the tab's session (the game
// page loads after a navigation), so the panel can say "Computer · level 3 (stockfish)".

const PREFIX = 'rookery.bot.';

/** Keeps the engine of a game's bot for this tab. */
export function rememberBot(gameId, opponent, storage = window.sessionStorage) {
  if (opponent && opponent.engine) storage.setItem(PREFIX + gameId, String(opponent.engine));
}

/** The engine remembered for a game's bot, or null. */
export function rememberedEngine(gameId, storage = window.sessionStorage) {
  return storage.getItem(PREFIX + gameId);
}

/** The level of a bot's user id (`bot-3` → 3), or null for anyone else. */
export function botLevel(userId) {
  const match = /^bot-([1-8])$/.exec(String(userId ?? ''));
  return match ? Number(match[1]) : null;
}

/** How the panel names a bot ("Computer · level 3 (stockfish)"), or null when the user is no bot. */
export function botName(userId, engine) {
  const level = botLevel(userId);
  if (level === null) return null;
  const how = engine === 'random' ? 'random moves' : engine;
  return `Computer · level ${level}${how ? ` (${how})` : ''}`;
}
