import { describe, expect, it } from "vitest";
import { ChunkedList, chunkLengthFor, Float64List, Int32List, MAX_CHUNK_BYTES } from "./growable.js";

describe("growable lists", () => {
  it("Int32List keeps its values while growing, and reserves room for writes in place", () => {
    const list = new Int32List(4);
    for (let i = 0; i < 1000; i++) list.push(i * 3);
    expect(list.length).toBe(1000);
    expect(list.get(999)).toBe(2997);
    const array = list.reserve(500);
    array[list.length] = -5;
    list.length++;
    expect(list.toArray().slice(-2)).toEqual(Int32Array.from([2997, -5]));
    list.release();
    expect(list.length).toBe(0);
  });

  it("ChunkedList moves its values into one array, across chunk boundaries", () => {
    const list = new ChunkedList(Float32Array, 16);
    for (let i = 0; i < 100; i++) list.push(i / 2);
    expect(list.length).toBe(100);
    const moved = list.moveTo(new Float32Array(100));
    expect(Array.from(moved)).toEqual(Array.from({ length: 100 }, (_, i) => i / 2));
    expect(list.length).toBe(0);
  });

  it("ChunkedList takes values again once moved, from a new chunk", () => {
    const list = new ChunkedList(Uint32Array, 8);
    for (let i = 0; i < 20; i++) list.push(i);
    list.moveTo(new Uint32Array(20));
    for (let i = 0; i < 10; i++) list.push(100 + i);
    expect(list.length).toBe(10);
    expect(Array.from(list.moveTo(new Uint32Array(12), 2))).toEqual([0, 0, ...Array.from({ length: 10 }, (_, i) => 100 + i)]);
  });

  it("sizes chunks for the expected length, and past 4 MiB as blocks of MAX_CHUNK_BYTES", () => {
    expect(MAX_CHUNK_BYTES).toBe(32 * 1024 * 1024);
    expect(chunkLengthFor(4, 10)).toBe(4096);
    expect(chunkLengthFor(4, 100_000)).toBe(100_000);
    expect(chunkLengthFor(4, 2_000_000)).toBe(MAX_CHUNK_BYTES / 4);
    expect(chunkLengthFor(2, 3_000_000)).toBe(MAX_CHUNK_BYTES / 2);
    expect(chunkLengthFor(2, 1_000_000)).toBe(1_000_000);
  });

  it("Int32List grows past 4 MiB straight to a block of MAX_CHUNK_BYTES, keeping its values", () => {
    const list = new Int32List(16);
    for (let i = 0; i < 1_100_000; i++) list.push(i - 7);
    expect(list.array.length).toBe(MAX_CHUNK_BYTES / 4);
    expect([list.get(0), list.get(1_099_999)]).toEqual([-7, 1_099_992]);
    expect(list.toArray().length).toBe(1_100_000);
  });

  it("clear empties a list for new values", () => {
    const ints = new Int32List(4);
    const floats = new Float64List(4);
    for (let i = 0; i < 50; i++) {
      ints.push(i);
      floats.push(i / 4);
    }
    ints.clear();
    floats.clear();
    ints.push(9);
    floats.push(0.5);
    expect(Array.from(ints.toArray())).toEqual([9]);
    expect(Array.from(floats.toArray())).toEqual([0.5]);
  });
});
