import { describe, expect, it } from "vitest";
import { ChunkedList, Int32List } from "./growable.js";

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
});
