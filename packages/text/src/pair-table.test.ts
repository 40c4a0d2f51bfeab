import { describe, expect, it } from "vitest";
import { PairTable } from "./pair-table.js";

describe("PairTable", () => {
  it("stores and finds pairs across many growths", () => {
    const table = new PairTable(4);
    let id = 0;
    for (let a = 0; a < 300; a++) for (let b = 0; b < 300; b += 7) table.set(a, b, id++);
    expect(table.size).toBe(id);
    expect(table.get(0, 0)).toBe(0);
    expect(table.get(299, 294)).toBe(id - 1);
    expect(table.get(5, 7 * 3)).toBe(5 * 43 + 3);
    expect(table.get(5, 6)).toBe(-1);
    expect(table.get(300, 0)).toBe(-1);
  });
});
