import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newId, sansOfPgn } from '../../main/resources/web/js/api.js';
import { BACKOFF_MAX_MS, backoffMs } from '../../main/resources/web/js/connection.js';
import { describeResult, formatClock } from '../../main/resources/web/js/format.js';
import { gameIdOf, gameLink } from '../../main/resources/web/js/links.js';

test('reconnection waits 1 s, 2 s, 4 s … and never more than 30 s', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 40].map(backoffMs), [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  assert.equal(BACKOFF_MAX_MS, 30000);
});

test('the SAN moves of a PGN, without tags, numbers, comments or the result', () => {
  const pgn = '[Event "Casual game"]\n[Result "1-0"]\n\n1. e4 e5 2. Bc4 {a comment} Nc6 3. Qh5 Nf6 4. Qxf7# 1-0\n';
  assert.deepEqual(sansOfPgn(pgn), ['e4', 'e5', 'Bc4', 'Nc6', 'Qh5', 'Nf6', 'Qxf7#']);
  assert.deepEqual(sansOfPgn('[Result "*"]\n\n1. d4 *\n'), ['d4']);
  assert.deepEqual(sansOfPgn('[FEN "x"]\n\n1... Kd7 2. a8=Q 1/2-1/2'), ['Kd7', 'a8=Q']);
});

test('a game id from an id, a link or a path', () => {
  assert.equal(gameIdOf(' 5e0c '), '5e0c');
  assert.equal(gameIdOf('http://localhost:8080/?game=5e0c'), '5e0c');
  assert.equal(gameIdOf('/?game=5e0c&transport=sse'), '5e0c');
  assert.equal(gameIdOf('https://rookery.example/games/5e0c'), '5e0c');
  assert.equal(gameLink('a b', 'http://h'), 'http://h/?game=a%20b');
});

test('clocks read m:ss, with tenths under ten seconds', () => {
  assert.equal(formatClock(300000), '5:00');
  assert.equal(formatClock(61999), '1:01');
  assert.equal(formatClock(9870), '0:09.8');
  assert.equal(formatClock(-5), '0:00.0');
  assert.equal(describeResult('1-0', 'checkmate'), 'White wins by checkmate');
  assert.equal(describeResult('1/2-1/2', 'agreement'), 'Draw by agreement');
});

test('ids are distinct', () => {
  assert.notEqual(newId(), newId());
  assert.match(newId(), /^[0-9a-f-]{32,36}$/);
});
