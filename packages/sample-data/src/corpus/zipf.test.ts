import { describe, expect, it } from "vitest";
import { mulberry32 } from "../rng.js";
import { ZipfSampler } from "./zipf.js";

describe("ZipfSampler", () => {
  it("gives rank r a probability proportional to 1 / (r + 1)^s, summing to 1", () => {
    const zipf = new ZipfSampler(1000, 1.07);
    let total = 0;
    for (let r = 0; r < 1000; r++) total += zipf.probability(r);
    expect(total).toBeCloseTo(1, 10);
    expect(zipf.probability(0) / zipf.probability(9)).toBeCloseTo(Math.pow(10, 1.07), 6);
    expect(zipf.probability(1000)).toBe(0);
  });

  it("maps the ends of [0, 1) to the first and last ranks", () => {
    const zipf = new ZipfSampler(500, 1.2);
    expect(zipf.rank(0)).toBe(0);
    expect(zipf.rank(0.999999999999)).toBe(499);
  });

  it("returns for each u the first rank whose cumulative probability exceeds it", () => {
    const zipf = new ZipfSampler(300, 0.9);
    const next = mulberry32(9);
    for (let i = 0; i < 2000; i++) {
      const u = next();
      const rank = zipf.rank(u);
      let below = 0;
      for (let r = 0; r < rank; r++) below += zipf.probability(r);
      expect(below).toBeLessThanOrEqual(u + 1e-12);
      expect(below + zipf.probability(rank)).toBeGreaterThan(u - 1e-12);
    }
  });

  it("draws ranks with the expected frequencies", () => {
    const zipf = new ZipfSampler(20000, 1.07);
    const next = mulberry32(3);
    const counts = new Map<number, number>();
    for (let i = 0; i < 200_000; i++) {
      const rank = zipf.rank(next());
      counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
    const observed = (counts.get(0) ?? 0) / (counts.get(4) ?? 1);
    expect(observed).toBeGreaterThan(Math.pow(5, 1.07) * 0.9);
    expect(observed).toBeLessThan(Math.pow(5, 1.07) * 1.1);
  });

  it("refuses a size or an exponent it cannot use", () => {
    expect(() => new ZipfSampler(0, 1)).toThrow("a Zipf sampler needs a positive integer size, got 0");
    expect(() => new ZipfSampler(10, 0)).toThrow("the Zipf exponent must be greater than 0, got 0");
  });
});
