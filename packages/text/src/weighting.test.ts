import { describe, expect, it } from "vitest";
import { smoothIdf, sublinearTf, tfIdfVector } from "./weighting.js";

describe("TF-IDF weighting", () => {
  it("uses sublinear tf and smoothed idf", () => {
    expect(sublinearTf(1)).toBe(1);
    expect(sublinearTf(Math.E ** 2)).toBeCloseTo(3, 12);
    expect(sublinearTf(0.5)).toBe(0.5);
    expect(smoothIdf(9, 4)).toBeCloseTo(Math.log(10 / 5) + 1, 12);
    expect(smoothIdf(9, 9)).toBe(1);
  });

  it("builds a normalised vector sorted by term id, keeping the counts", () => {
    const idf = [1, 2, 3, 4];
    const vector = tfIdfVector([3, 1, 0], [1, 2, 0], idf);
    expect([...vector.terms]).toEqual([1, 3]);
    expect([...vector.counts]).toEqual([2, 1]);
    const raw = [(1 + Math.log(2)) * 2, 4];
    const norm = Math.hypot(...raw);
    expect(vector.weights[0]).toBeCloseTo(raw[0] / norm, 6);
    expect(vector.weights[1]).toBeCloseTo(raw[1] / norm, 6);
    expect(tfIdfVector([], [], idf).terms).toHaveLength(0);
  });
});
