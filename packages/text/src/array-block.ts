import { shareableBuffer, type NumberArray } from "./shareable.js";

/**
 * Typed arrays carved from one buffer: arrays that live and die together cost
 * one allocation. That matters for large ones: glibc's malloc (Node on Linux)
 * maps a block of 32 MiB or more on its own and gives it back whole once it is
 * freed, while the space of smaller blocks stays in its heaps, as holes, until
 * the blocks after them are freed too (see MAX_CHUNK_BYTES). A corpus-sized set
 * of arrays in one block leaves no such holes.
 *
 *   const block = new ArrayBlock(ArrayBlock.bytes([[Float64Array, n], [Uint32Array, n + 1]]));
 *   const weights = block.take(Float64Array, n);
 *   const starts = block.take(Uint32Array, n + 1);
 */
type NumberArrayType<T extends NumberArray> = {
  new (buffer: ArrayBuffer | SharedArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

export interface ArrayBlockOptions {
  /** On shared memory where the platform has it (Node, cross-origin isolated pages), so that workers read the arrays without a copy. */
  shared: boolean;
}

export const arrayBlockDefaults: ArrayBlockOptions = { shared: true };

/** Every array starts on a multiple of 8 bytes, so that any type can follow any other. */
const ALIGNMENT = 8;

function aligned(bytes: number): number {
  return Math.ceil(bytes / ALIGNMENT) * ALIGNMENT;
}

export class ArrayBlock {
  private readonly buffer: ArrayBuffer | SharedArrayBuffer;
  private used = 0;

  /** Bytes of a block holding arrays of these types and lengths. */
  static bytes(arrays: readonly (readonly [{ readonly BYTES_PER_ELEMENT: number }, number])[]): number {
    return arrays.reduce((sum, [Type, length]) => sum + aligned(Type.BYTES_PER_ELEMENT * length), 0);
  }

  constructor(bytes: number, options: Partial<ArrayBlockOptions> = {}) {
    const { shared } = { ...arrayBlockDefaults, ...options };
    this.buffer = shared ? shareableBuffer(bytes) : new ArrayBuffer(bytes);
  }

  /** The next `length` values of the block, zero-filled, as a `Type` array. */
  take<T extends NumberArray>(Type: NumberArrayType<T>, length: number): T {
    const bytes = aligned(Type.BYTES_PER_ELEMENT * length);
    if (this.used + bytes > this.buffer.byteLength) {
      throw new Error(
        `@skills-network/text: an ArrayBlock of ${this.buffer.byteLength} bytes has no room for ${length} more values of ${Type.BYTES_PER_ELEMENT} bytes. Size it with ArrayBlock.bytes of every array taken from it.`,
      );
    }
    const array = new Type(this.buffer, this.used, length);
    this.used += bytes;
    return array;
  }
}
