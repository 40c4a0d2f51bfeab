import { describe, expect, it } from "vitest";
import { createRng, mulberry32 } from "./rng.js";

describe("mulberry32", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const next = mulberry32(1);
    const buckets = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = next();
      if (u < 0 || u >= 1) outside++;
      else buckets[Math.floor(u * 10)]++;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe("createRng", () => {
  it("draws integers within both bounds, reaching each", () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = rng.int(2, 5);
      expect(value).toBeGreaterThanOrEqual(2);
      expect(value).toBeLessThanOrEqual(5);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it("samples distinct items and shuffles into a permutation", () => {
    const rng = createRng(4);
    const items = Array.from({ length: 20 }, (_, i) => i);
    const sample = rng.sample(items, 8);
    expect(new Set(sample).size).toBe(8);
    expect(rng.sample(items, 50)).toHaveLength(20);
    const shuffled = rng.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it("draws weighted indices in proportion to the weights, never a zero weight", () => {
    const rng = createRng(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[rng.weighted([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.7);
    expect(counts[2] / counts[0]).toBeLessThan(3.3);
  });

  it("refuses a seed that is not a finite number, and picking from nothing", () => {
    expect(() => createRng(Number.NaN)).toThrow(/seed must be a finite number/);
    expect(() => createRng(1).pick([])).toThrow(/empty list/);
  });
});
