import type { SparseVector } from "./types.js";

/** A TF-IDF vector with the (boosted) term counts it was made from, aligned with `terms`. */
export interface CountedVector extends SparseVector {
  counts: Float32Array;
}

/** Sublinear term frequency 1 + ln(tf); below one occurrence (a fractional boost) it stays linear. */
export function sublinearTf(tf: number): number {
  return tf >= 1 ? 1 + Math.log(tf) : tf;
}

/** Smoothed inverse document frequency, as in scikit-learn: ln((1 + N) / (1 + df)) + 1. */
export function smoothIdf(documentCount: number, documentFrequency: number): number {
  return Math.log((1 + documentCount) / (1 + documentFrequency)) + 1;
}

/**
 * L2-normalised TF-IDF vector from term counts (each term id once, in any order).
 * Terms with a zero count are left out; no terms give the empty vector.
 */
export function tfIdfVector(termIds: ArrayLike<number>, counts: ArrayLike<number>, idf: ArrayLike<number>): CountedVector {
  const entries: { term: number; count: number; weight: number }[] = [];
  let squares = 0;
  for (let i = 0; i < termIds.length; i++) {
    const weight = sublinearTf(counts[i]) * idf[termIds[i]];
    if (weight <= 0) continue;
    entries.push({ term: termIds[i], count: counts[i], weight });
    squares += weight * weight;
  }
  entries.sort((a, b) => a.term - b.term);
  const norm = Math.sqrt(squares);
  return {
    terms: Uint32Array.from(entries, (entry) => entry.term),
    weights: Float32Array.from(entries, (entry) => entry.weight / norm),
    counts: Float32Array.from(entries, (entry) => entry.count),
  };
}
