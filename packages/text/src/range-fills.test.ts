import { describe, expect, it } from "vitest";
import { countsToFills } from "./range-fills.js";

describe("countsToFills", () => {
  it("gives each range its place slot by slot, after the ranges before it, and each slot's start", () => {
    // Two ranges counting entries of three slots.
    const first = Int32Array.from([2, 0, 1]);
    const second = Int32Array.from([1, 3, 0]);
    const start = new Int32Array(4);
    countsToFills([first, second], start);
    expect(Array.from(start)).toEqual([0, 3, 6, 7]);
    // Slot 0: the first range writes at 0 and 1, the second at 2; slot 1: the second at 3 .. 5.
    expect(Array.from(first)).toEqual([0, 3, 6]);
    expect(Array.from(second)).toEqual([2, 3, 7]);
  });
});
