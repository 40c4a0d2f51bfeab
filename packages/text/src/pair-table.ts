/**
 * Map from a pair of non-negative integers to an id, in typed arrays (open
 * addressing, linear probing). Counting phrases adds up to millions of pairs; a
 * Map keyed by a packed float would allocate a heap number for each lookup.
 */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.firsts = new Int32Array(size).fill(-1);
    this.seconds = new Int32Array(size);
    this.values = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The id stored for (first, second), or -1. */
  get(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    for (let slot = hash(first, second) & mask; ; slot = (slot + 1) & mask) {
      if (this.firsts[slot] === -1) return -1;
      if (this.firsts[slot] === first && this.seconds[slot] === second) return this.values[slot];
    }
  }

  /** Stores an id for a pair not yet in the table. */
  set(first: number, second: number, value: number): void {
    if ((this.count + 1) * 2 > this.firsts.length) this.grow();
    this.insert(first, second, value);
    this.count++;
  }

  private insert(first: number, second: number, value: number): void {
    const mask = this.firsts.length - 1;
    let slot = hash(first, second) & mask;
    while (this.firsts[slot] !== -1) slot = (slot + 1) & mask;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    for (let slot = 0; slot < firsts.length; slot++) if (firsts[slot] !== -1) this.insert(firsts[slot], seconds[slot], values[slot]);
  }
}

function hash(first: number, second: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}
