import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.js";

describe("allocate", () => {
  it("gives every country one proposal and shares the rest by weight", () => {
    const counts = allocate(20, [3, 1, 1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    // 17 to share: 10.2, 3.4 and 3.4; the one left over goes to the first of the tied remainders.
    expect(counts).toEqual([11, 5, 4]);
  });

  it("gives exactly one each when there are as many proposals as countries", () => {
    expect(allocate(4, [9, 1, 1, 1])).toEqual([1, 1, 1, 1]);
  });

  it("says what to do when proposals are fewer than countries", () => {
    expect(() => allocate(2, [1, 1, 1])).toThrow(
      "2 proposals cannot cover 3 countries. Ask for at least as many proposals as countries.",
    );
  });
});
