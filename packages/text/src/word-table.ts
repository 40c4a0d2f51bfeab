/**
 * Interns words read as ranges of a larger text: a word is hashed and compared
 * where it stands, so looking up a word already seen builds no string (open
 * addressing, linear probing, consecutive ids in order of first sight).
 * Lookups touch typed arrays only: each slot holds the hash next to the id,
 * and the characters of the words are packed in one array.
 */
export class WordTable {
  /** The interned words, by id. */
  readonly words: string[] = [];
  // Per slot: hash, id + 1 (0 when free).
  private slots = new Int32Array(256);
  private charStart = new Int32Array(64);
  private chars = new Uint16Array(1024);
  private charCount = 0;

  get size(): number {
    return this.words.length;
  }

  /** Id of text[start..end) with hash `hash` (from `hashRange`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, charStart, chars } = this;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1] - 1;
      if (id < 0) return -1;
      if (slots[2 * slot] !== hash) continue;
      const from = charStart[id];
      if (charStart[id + 1] - from !== length) continue;
      let i = 0;
      while (i < length && chars[from + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return id;
    }
  }

  /** Adds a word not in the table; its hash must be `hashRange` of it. */
  add(word: string, hash: number): number {
    const id = this.words.length;
    if ((id + 1) * 4 > this.slots.length) this.rehash(this.slots.length * 2);
    if (id + 2 > this.charStart.length) this.charStart = grown(this.charStart, id + 2);
    if (this.charCount + word.length > this.chars.length) this.chars = grown(this.chars, this.charCount + word.length);
    for (let i = 0; i < word.length; i++) this.chars[this.charCount++] = word.charCodeAt(i);
    this.charStart[id + 1] = this.charCount;
    this.words.push(word);
    this.place(hash, id);
    return id;
  }

  private place(hash: number, id: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
  }

  private rehash(length: number): void {
    const old = this.slots;
    this.slots = new Int32Array(length);
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.place(old[at], old[at + 1] - 1);
  }
}

function grown<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  copy.set(array);
  return copy;
}

/** Hash of text[start..end) (FNV-1a over UTF-16 code units, then mixed). */
export function hashRange(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
  return finishHash(hash);
}

/** FNV-1a, for hashing a word as it is read (see `WordCursor`): hash = imul(hash ^ code unit, HASH_PRIME) from HASH_SEED, then `finishHash`. */
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

export function finishHash(hash: number): number {
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 13);
}
