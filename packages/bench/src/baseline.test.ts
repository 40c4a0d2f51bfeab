import { describe, expect, it } from "vitest";
import { cosine, naturalTopK } from "./baseline.js";

describe("cosine", () => {
  it("is the dot product of normalised vectors", () => {
    const a = new Map([
      ["x", 0.6],
      ["y", 0.8],
    ]);
    const b = new Map([["y", 1]]);
    expect(cosine(a, b)).toBeCloseTo(0.8, 10);
    expect(cosine(b, a)).toBeCloseTo(0.8, 10);
    expect(cosine(a, new Map([["z", 1]]))).toBe(0);
  });
});

describe("naturalTopK", () => {
  const documents = [
    { id: "a", text: "apprenticeship farming irrigation crops rural youth" },
    { id: "b", text: "farming irrigation crops apprenticeship for young farmers" },
    { id: "c", text: "coding bootcamp software programming women" },
    { id: "d", text: "software programming coding courses for women online" },
    { id: "e", text: "weaving textiles handicraft" },
  ];

  it("finds each document's nearest neighbours, best first", () => {
    const result = naturalTopK(documents, { k: 2, minScore: 0.05 });
    expect(result.completed).toBe(true);
    expect(result.neighbours[0]![0]!.id).toBe("b");
    expect(result.neighbours[2]![0]!.id).toBe("d");
    // Nothing shares a word with "e".
    expect(result.neighbours[4]).toEqual([]);
    for (const row of result.neighbours) {
      expect(row.length).toBeLessThanOrEqual(2);
      for (let i = 1; i < row.length; i++) expect(row[i]!.score).toBeLessThanOrEqual(row[i - 1]!.score);
    }
    expect(result.ms).toBeGreaterThanOrEqual(result.tfidfMs);
  });

  it("gives up at the time cap and says so", () => {
    const result = naturalTopK(documents, { capMs: -1 });
    expect(result.completed).toBe(false);
    expect(result.neighbours).toEqual([]);
  });
});
