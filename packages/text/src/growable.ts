/**
 * Append-only typed arrays that double when full: corpus-sized buffers whose
 * final length is only known at the end, without a JS array of boxed numbers.
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

  /** Frees the values (the list is empty afterwards). */
  release(): void {
    this.data = new Int32Array(16);
    this.length = 0;
  }

  private grow(needed: number): void {
    const grown = new Int32Array(Math.max(needed, this.data.length * 2));
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
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(at: number): number {
    return this.data[at];
  }

  /** A copy of the values, exactly `length` long. */
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * An append-only list of numbers kept in fixed-size chunks: growing never
 * copies, so building a corpus-sized array and then its exact-size copy needs
 * twice its size in memory at most, not three times.
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
    if (this.used === this.chunkLength) {
      this.chunks.push(this.current);
      this.current = new this.Type(this.chunkLength);
      this.used = 0;
    }
    this.current[this.used++] = value;
  }

  /** Moves the values into `target` from `offset` on (room for `length` values, able to hold them); the list is left empty. */
  moveTo<U extends Uint8Array | Uint16Array | Uint32Array | Float32Array>(target: U, offset = 0): U {
    const full = this.chunks.length;
    target.set(this.current.subarray(0, this.used), offset + full * this.chunkLength);
    // Each chunk is dropped as soon as it is copied.
    for (let i = full - 1; i >= 0; i--) target.set(this.chunks.pop()!, offset + i * this.chunkLength);
    this.used = 0;
    return target;
  }

}
