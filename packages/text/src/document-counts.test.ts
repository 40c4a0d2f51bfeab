import { describe, expect, it } from "vitest";
import { DocumentCounts } from "./document-counts.js";

describe("DocumentCounts", () => {
  it("sums amounts per term, keeps each term's idf, lists terms ascending, and starts afresh", () => {
    const counts = new DocumentCounts();
    counts.reset(8);
    for (const term of [900_001, 5, 5, 1024, 5, 2048]) counts.add(term, term === 5 ? 2 : 1, term / 10);
    expect(Array.from(counts.sortedTerms())).toEqual([5, 1024, 2048, 900_001]);
    expect(counts.amount(5)).toBe(6);
    expect(counts.idf(1024)).toBe(102.4);
    counts.reset(3000);
    for (let term = 0; term < 3000; term++) counts.add(term * 1024, 1, 1);
    expect(counts.size).toBe(3000);
    expect(counts.sortedTerms()[2999]).toBe(2999 * 1024);
    counts.reset(2);
    expect(counts.size).toBe(0);
    counts.add(7, 1, 1);
    expect(Array.from(counts.sortedTerms())).toEqual([7]);
  });
});
