/**
 * Typed arrays on shared memory where the platform has it (Node, cross-origin
 * isolated pages), so that worker threads read an index without copying it;
 * plain memory elsewhere. Either way they behave the same.
 */
export type NumberArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
type NumberArrayType<T extends NumberArray> = { new (buffer: ArrayBuffer | SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

const canShare = typeof SharedArrayBuffer === "function";

/** A zero-filled array of `length` values. */
export function shareable<T extends NumberArray>(Type: NumberArrayType<T>, length: number): T {
  return new Type(shareableBuffer(length * Type.BYTES_PER_ELEMENT));
}

/** `bytes` zeroed bytes, on shared memory where the platform has it. */
export function shareableBuffer(bytes: number): ArrayBuffer | SharedArrayBuffer {
  return canShare ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}
