import { describe, expect, it } from "vitest";
import { ArrayBlock } from "./array-block.js";

describe("ArrayBlock", () => {
  it("carves zero-filled arrays of any type from one buffer, each aligned and apart", () => {
    const bytes = ArrayBlock.bytes([
      [Uint8Array, 3],
      [Float64Array, 2],
      [Uint32Array, 5],
    ]);
    expect(bytes).toBe(8 + 16 + 24);
    const block = new ArrayBlock(bytes);
    const flags = block.take(Uint8Array, 3);
    const weights = block.take(Float64Array, 2);
    const ids = block.take(Uint32Array, 5);
    expect([flags.byteOffset, weights.byteOffset, ids.byteOffset]).toEqual([0, 8, 24]);
    expect(flags.buffer).toBe(ids.buffer);
    flags.fill(255);
    weights.set([0.25, -1.5]);
    ids.fill(7);
    expect(Array.from(flags)).toEqual([255, 255, 255]);
    expect(Array.from(weights)).toEqual([0.25, -1.5]);
    expect(Array.from(ids)).toEqual([7, 7, 7, 7, 7]);
  });

  it("is on shared memory by default where the platform has it, on plain memory when asked", () => {
    expect(new ArrayBlock(8).take(Uint8Array, 8).buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(new ArrayBlock(8, { shared: false }).take(Uint8Array, 8).buffer).toBeInstanceOf(ArrayBuffer);
  });

  it("says how to size it when an array does not fit", () => {
    const block = new ArrayBlock(ArrayBlock.bytes([[Uint32Array, 2]]));
    block.take(Uint32Array, 2);
    expect(() => block.take(Uint8Array, 1)).toThrow(
      "@skills-network/text: an ArrayBlock of 8 bytes has no room for 1 more values of 1 bytes. Size it with ArrayBlock.bytes of every array taken from it.",
    );
  });
});
