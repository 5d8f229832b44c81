import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MoveQueue, QUEUE_LIMIT } from '../../main/resources/web/js/move-queue.js';

class MemoryStorage {
  constructor() { this.items = new Map(); }
  getItem(key) { return this.items.has(key) ? this.items.get(key) : null; }
  setItem(key, value) { this.items.set(key, String(value)); }
  removeItem(key) { this.items.delete(key); }
}

test('queued moves survive a reload with their move id and ply', () => {
  const storage = new MemoryStorage();
  const queue = new MoveQueue('g1', storage);
  assert.equal(queue.add({ moveId: 'm1', ply: 4, uci: 'd1h5' }), true);
  const reloaded = new MoveQueue('g1', storage);
  assert.deepEqual(reloaded.all().map(({ moveId, ply, uci }) => ({ moveId, ply, uci })), [{ moveId: 'm1', ply: 4, uci: 'd1h5' }]);
  assert.equal(new MoveQueue('another game', storage).size, 0);
});

test('an acknowledged move leaves the queue and the storage', () => {
  const storage = new MemoryStorage();
  const queue = new MoveQueue('g1', storage);
  queue.add({ moveId: 'm1', ply: 0, uci: 'e2e4' });
  assert.equal(queue.remove('m1').uci, 'e2e4');
  assert.equal(queue.remove('m1'), null);
  assert.equal(storage.getItem('rookery.queue.g1'), null);
});

test('the queue is bounded: a move beyond the limit is refused and nothing is lost', () => {
  const queue = new MoveQueue('g1', new MemoryStorage());
  for (let i = 0; i < QUEUE_LIMIT; i++) assert.equal(queue.add({ moveId: `m${i}`, ply: i, uci: 'e2e4' }), true);
  assert.equal(queue.add({ moveId: 'one too many', ply: 99, uci: 'e2e4' }), false);
  assert.equal(queue.size, QUEUE_LIMIT);
  assert.equal(queue.all().at(-1).moveId, `m${QUEUE_LIMIT - 1}`);
});

test('moves the game has gone past are dropped', () => {
  const queue = new MoveQueue('g1', new MemoryStorage());
  queue.add({ moveId: 'a', ply: 2, uci: 'f1c4' });
  queue.add({ moveId: 'b', ply: 4, uci: 'd1h5' });
  queue.dropPlayedBefore(3);
  assert.deepEqual(queue.all().map((e) => e.moveId), ['b']);
});

test('garbage in storage is an empty queue, not an error', () => {
  const storage = new MemoryStorage();
  storage.setItem('rookery.queue.g1', '{not json');
  assert.equal(new MoveQueue('g1', storage).size, 0);
  storage.setItem('rookery.queue.g1', JSON.stringify([{ moveId: 'x' }, { moveId: 'y', ply: 1, uci: 'e7e5' }]));
  assert.deepEqual(new MoveQueue('g1', storage).all().map((e) => e.moveId), ['y']);
});
