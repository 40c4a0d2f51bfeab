/**
 * Seeded pseudo-random numbers (mulberry32): small, fast, and the same
 * sequence in Node and in every browser, so a seed always gives the same data.
 */

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements in random order (all of them if count >= length). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An index drawn with probability proportional to weights[i]. */
  weighted(weights: readonly number[]): number;
}

/** The raw mulberry32 generator: returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) {
    throw new Error(`@skills-network/sample-data: seed must be a finite number, got ${String(seed)}.`);
  }
  const next = mulberry32(Math.trunc(seed));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("@skills-network/sample-data: cannot pick from an empty list.");
    return items[Math.floor(next() * items.length)];
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  const weighted = (weights: readonly number[]) => {
    let total = 0;
    for (const w of weights) total += w;
    let target = next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) return i;
    }
    return weights.length - 1;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    shuffle,
    weighted,
  };
}
