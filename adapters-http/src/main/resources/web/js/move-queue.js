// The moves the player made that the server has not acknowledged yet, kept in localStorage so
// that they survive a lost connection and a reload. Each keeps its moveId and ply: resending
// one is safe, because the server answers a repeated moveId with its first answer.

export const QUEUE_LIMIT = 8;

export class MoveQueue {
  constructor(gameId, storage = window.localStorage) {
    this.key = `rookery.queue.${gameId}`;
    this.storage = storage;
    this.entries = this.load();
  }

  load() {
    try {
      const saved = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(saved) ? saved.filter((e) => e && e.moveId && e.uci && Number.isInteger(e.ply)) : [];
    } catch {
      return [];
    }
  }

  save() {
    if (this.entries.length === 0) this.storage.removeItem(this.key);
    else this.storage.setItem(this.key, JSON.stringify(this.entries));
  }

  /** Adds a move; returns false (and keeps nothing) when the queue is full. */
  add(entry) {
    if (this.entries.length >= QUEUE_LIMIT) return false;
    this.entries.push({ moveId: entry.moveId, ply: entry.ply, uci: entry.uci, queuedAt: Date.now() });
    this.save();
    return true;
  }

  /** Removes the move with this id; returns it, or null when it was not queued. */
  remove(moveId) {
    const index = this.entries.findIndex((e) => e.moveId === moveId);
    if (index < 0) return null;
    const [entry] = this.entries.splice(index, 1);
    this.save();
    return entry;
  }

  /** Drops moves the game has gone past (their ply is below the number of plies played). */
  dropPlayedBefore(ply) {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.ply >= ply);
    if (this.entries.length !== before) this.save();
  }

  clear() {
    this.entries = [];
    this.save();
  }

  get size() {
    return this.entries.length;
  }

  all() {
    return [...this.entries];
  }
}
