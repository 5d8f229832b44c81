import { test } from 'node:test';
import assert from 'node:assert/strict';
import { botLevel, botName, rememberBot, rememberedEngine } from '../../main/resources/web/js/opponents.js';

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => (items.has(k) ? items.get(k) : null), setItem: (k, v) => items.set(k, String(v)) };
}

test('a bot is named by its level and engine; anyone else is no bot', () => {
  assert.equal(botLevel('bot-3'), 3);
  assert.equal(botLevel('bot-9'), null);
  assert.equal(botLevel('guest-bot-3'), null);
  assert.equal(botLevel(null), null);
  assert.equal(botName('bot-1', 'stockfish'), 'Computer · level 1 (stockfish)');
  assert.equal(botName('bot-8', 'random'), 'Computer · level 8 (random moves)');
  assert.equal(botName('bot-5', null), 'Computer · level 5');
  assert.equal(botName('guest-0a1b2c', 'stockfish'), null);
});

test("a game's bot engine is remembered for the tab, per game", () => {
  const storage = memoryStorage();
  rememberBot('g1', { type: 'bot', userId: 'bot-2', level: 2, engine: 'stockfish' }, storage);
  rememberBot('g2', undefined, storage);
  assert.equal(rememberedEngine('g1', storage), 'stockfish');
  assert.equal(rememberedEngine('g2', storage), null);
});
