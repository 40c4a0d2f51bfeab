import type { SparseVector } from "./types.js";

// Room for this many terms in one vector when packing (term id, position) in a float64.
const POSITIONS = 2 ** 21;

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
  // Sort positions by term id natively: term id and position packed in one float64.
  const packed = new Float64Array(termIds.length);
  for (let i = 0; i < termIds.length; i++) packed[i] = termIds[i] * POSITIONS + i;
  packed.sort();
  const raw = new Float64Array(termIds.length);
  let squares = 0;
  let kept = 0;
  for (let j = 0; j < packed.length; j++) {
    const i = packed[j] % POSITIONS;
    const weight = sublinearTf(counts[i]) * idf[termIds[i]];
    raw[j] = weight;
    if (weight > 0) {
      squares += weight * weight;
      kept++;
    }
  }
  const norm = Math.sqrt(squares);
  const vector: CountedVector = { terms: new Uint32Array(kept), weights: new Float32Array(kept), counts: new Float32Array(kept) };
  for (let j = 0, at = 0; j < packed.length; j++) {
    if (!(raw[j] > 0)) continue;
    const i = packed[j] % POSITIONS;
    vector.terms[at] = termIds[i];
    vector.weights[at] = raw[j] / norm;
    vector.counts[at++] = counts[i];
  }
  return vector;
}
