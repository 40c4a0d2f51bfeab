import { describe, expect, it } from "vitest";
import { cosine, dot, explain, explainDense, ScatteredVector } from "./sparse.js";
import type { SparseVector } from "./types.js";

const vector = (entries: [number, number][]): SparseVector => ({
  terms: Uint32Array.from(entries, ([term]) => term),
  weights: Float32Array.from(entries, ([, weight]) => weight),
});

describe("sparse vectors", () => {
  const a = vector([
    [1, 0.6],
    [3, 0.8],
  ]);
  const b = vector([
    [0, 0.6],
    [3, 0.8],
  ]);

  it("computes the cosine of any two vectors, 0 for an empty one", () => {
    expect(cosine(a, b)).toBeCloseTo(0.64, 6);
    expect(cosine(a, a)).toBeCloseTo(1, 6);
    expect(cosine(vector([[2, 3]]), vector([[2, 5]]))).toBeCloseTo(1, 6);
    expect(cosine(a, vector([]))).toBe(0);
    expect(dot(a, b)).toBe(dot(b, a));
  });

  it("explains a dot product by its largest contributions, ties by term id (not by label)", () => {
    const x = vector([
      [0, 0.5],
      [1, 0.5],
      [2, 0.5],
      [5, 0.5],
    ]);
    const y = vector([
      [0, 0.2],
      [1, 0.2],
      [2, 0.6],
      [4, 0.9],
    ]);
    const labels = ["zeta", "alpha", "gamma"];
    const explained = explain(x, y, 2, (term) => labels[term]);
    expect(explained.score).toBeCloseTo(0.5, 6);
    expect(explained.sharedTerms.map((t) => t.term)).toEqual(["gamma", "zeta"]);
    expect(explain(x, y, 0, (term) => labels[term]).sharedTerms).toEqual([]);
  });

  it("gives the same explanation, to the last bit, from a dense first vector", () => {
    const x = vector([
      [0, 0.1],
      [2, 0.7],
      [7, 0.3],
      [9, 0.2],
    ]);
    const y = vector([
      [2, 0.4],
      [3, 0.5],
      [7, 0.6],
      [9, 0.1],
    ]);
    const dense = new Float64Array(10);
    x.terms.forEach((term, i) => (dense[term] = x.weights[i]));
    const label = (term: number) => `t${term}`;
    expect(explainDense(dense, y, 3, label)).toEqual(explain(x, y, 3, label));
  });

  it("gives the same explanations, to the last bit, from a scattered vector reused for many", () => {
    let seed = 9;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const random = () => {
      const terms = [...new Set(Array.from({ length: 40 }, () => Math.floor(next() * 200)))].sort((p, q) => p - q);
      return vector(terms.map((term) => [term, next()] as [number, number]));
    };
    const label = (term: number) => `t${term % 7}`;
    const scattered = new ScatteredVector(200);
    const scattered32 = new ScatteredVector(200, "float32");
    for (let round = 0; round < 20; round++) {
      const x = random();
      scattered.set(x);
      scattered32.set(x);
      for (let other = 0; other < 5; other++) {
        const y = random();
        expect(scattered.explain(y, 4, label)).toEqual(explain(x, y, 4, label));
        // Float32 weights are held exactly in float32: the same explanation to the last bit.
        expect(scattered32.explain(y, 4, label)).toEqual(explain(x, y, 4, label));
      }
    }
  });
});
