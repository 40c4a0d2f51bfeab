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

  set(at: number, value: number): void {
    this.data[at] = value;
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

  /** Makes room for `length` values, new ones 0. */
  resize(length: number): void {
    if (length > this.data.length) this.grow(length);
    this.length = length;
  }

  /** A copy of the values, exactly `length` long. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** The values, exactly `length` long (no copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const grown = new Int32Array(Math.max(needed, this.data.length * 2));
    grown.set(this.data);
    this.data = grown;
  }
}

export class Float32List {
  private data: Float32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Float32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values, exactly `length` long (no copy). */
  view(): Float32Array {
    return this.data.subarray(0, this.length);
  }
}
