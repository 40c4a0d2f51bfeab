/**
 * Append-only typed arrays that double when full: corpus-sized buffers whose
 * final length is only known at the end, without a JS array of boxed numbers.
 * Past 4 MiB a list grows straight to a block of MAX_CHUNK_BYTES (see there):
 * doubling through 8 and 16 MiB would leave those blocks as holes in malloc's
 * heap; the large block costs memory only for the pages written.
 */
export class Int32List {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  get(at: number): number {
    return this.data[at];
  }

  /** The backing array (valid up to `length`, replaced when the list grows). */
  get array(): Int32Array {
    return this.data;
  }

  /** Makes room for `extra` more values; returns the backing array, valid until the list grows again. */
  reserve(extra: number): Int32Array {
    if (this.length + extra > this.data.length) this.grow(this.length + extra);
    return this.data;
  }

  /** A copy of the values, exactly `length` long. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** Replaces the values by `values` (taken, not copied). */
  assign(values: Int32Array): void {
    this.data = values.length > 0 ? values : new Int32Array(16);
    this.length = values.length;
  }

  /** Empties the list, keeping its room for the next values. */
  clear(): void {
    this.length = 0;
  }

  /** Frees the values (the list is empty afterwards). */
  release(): void {
    this.data = new Int32Array(16);
    this.length = 0;
  }

  private grow(needed: number): void {
    const grown = new Int32Array(grownCapacity(this.data.length, needed, Int32Array.BYTES_PER_ELEMENT));
    grown.set(this.data);
    this.data = grown;
  }
}

/** An append-only Float64Array that doubles when full (see Int32List). */
export class Float64List {
  private data: Float64Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Float64Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(grownCapacity(this.data.length, this.length + 1, Float64Array.BYTES_PER_ELEMENT));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(at: number): number {
    return this.data[at];
  }

  /** Empties the list, keeping its room for the next values. */
  clear(): void {
    this.length = 0;
  }

  /** A copy of the values, exactly `length` long. */
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * The largest chunk of a `ChunkedList`, in bytes. glibc's malloc (Node on Linux)
 * maps a block this large on its own and unmaps it when it is freed (its
 * dynamic mmap threshold never exceeds 32 MiB), while smaller blocks come from
 * its heaps, where the space of a freed block stays with the process until the
 * blocks after it are freed too. Corpus-sized lists in smaller chunks left a
 * hundred MB of such holes per thread at 100k documents; a chunk of this size
 * costs memory only for the pages written.
 */
export const MAX_CHUNK_BYTES = 32 * 1024 * 1024;

/** Lists past this many bytes take blocks of MAX_CHUNK_BYTES. */
const LARGE_BYTES = MAX_CHUNK_BYTES / 8;

/**
 * Chunk length for a list expected to hold about `expected` values of
 * `bytesPerValue` bytes: that many, or past 4 MiB a chunk of MAX_CHUNK_BYTES.
 */
export function chunkLengthFor(bytesPerValue: number, expected: number): number {
  const large = Math.floor(MAX_CHUNK_BYTES / bytesPerValue);
  return expected * bytesPerValue > LARGE_BYTES ? large : Math.max(1 << 12, Math.ceil(expected));
}

/** Capacity of a full list of `capacity` values that needs `needed`: doubled, or past 4 MiB at least MAX_CHUNK_BYTES. */
function grownCapacity(capacity: number, needed: number, bytesPerValue: number): number {
  const doubled = Math.max(needed, capacity * 2);
  return doubled * bytesPerValue > LARGE_BYTES ? Math.max(doubled, Math.floor(MAX_CHUNK_BYTES / bytesPerValue)) : doubled;
}

/**
 * An append-only list of numbers kept in fixed-size chunks: growing never
 * copies, so building a corpus-sized array and then its exact-size copy needs
 * twice its size in memory at most, not three times. Size the chunks with
 * `chunkLengthFor` when the final length can be estimated.
 */
export class ChunkedList<T extends Uint16Array | Uint32Array | Float32Array> {
  private readonly chunks: T[] = [];
  private current: T;
  private used = 0;

  constructor(
    private readonly Type: new (length: number) => T,
    private readonly chunkLength = 1 << 20,
  ) {
    this.current = new Type(chunkLength);
  }

  get length(): number {
    return this.chunks.length * this.chunkLength + this.used;
  }

  push(value: number): void {
    if (this.used === this.current.length) {
      if (this.used > 0) this.chunks.push(this.current);
      this.current = new this.Type(this.chunkLength);
      this.used = 0;
    }
    this.current[this.used++] = value;
  }

  /** Moves the values into `target` from `offset` on (room for `length` values, able to hold them); the list is left empty, holding no chunk. */
  moveTo<U extends Uint8Array | Uint16Array | Uint32Array | Float32Array>(target: U, offset = 0): U {
    const full = this.chunks.length;
    target.set(this.current.subarray(0, this.used), offset + full * this.chunkLength);
    this.current = new this.Type(0);
    // Each chunk is dropped as soon as it is copied.
    for (let i = full - 1; i >= 0; i--) target.set(this.chunks.pop()!, offset + i * this.chunkLength);
    this.used = 0;
    return target;
  }
}
