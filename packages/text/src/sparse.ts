import { compareStrings } from "./fold.js";
import type { SharedTerm, SparseVector } from "./types.js";

/** Cosine similarity of two sparse vectors (term ids ascending); 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const norms = norm(a) * norm(b);
  return norms > 0 ? dot(a, b) / norms : 0;
}

/** Dot product, summed in ascending term order (so dot(a, b) === dot(b, a) exactly). */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  forEachSharedTerm(a, b, (_term, contribution) => {
    sum += contribution;
  });
  return sum;
}

export function norm(v: SparseVector): number {
  let squares = 0;
  for (let i = 0; i < v.weights.length; i++) squares += v.weights[i] * v.weights[i];
  return Math.sqrt(squares);
}

/** Merges two sorted vectors, calling `visit` with each shared term and w_a * w_b, ascending term order. */
export function forEachSharedTerm(a: SparseVector, b: SparseVector, visit: (term: number, contribution: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i];
    const tb = b.terms[j];
    if (ta < tb) i++;
    else if (ta > tb) j++;
    else {
      visit(ta, a.weights[i] * b.weights[j]);
      i++;
      j++;
    }
  }
}

export interface Explanation {
  /** Sum of every shared term's contribution: the cosine of two normalised vectors. */
  score: number;
  /** The `limit` largest contributions, largest first, ties by label. */
  sharedTerms: SharedTerm[];
}

/** Why two normalised vectors are similar: their score and the terms that make it up. */
export function explain(a: SparseVector, b: SparseVector, limit: number, label: (term: number) => string): Explanation {
  const shared: { term: number; weight: number }[] = [];
  let score = 0;
  forEachSharedTerm(a, b, (term, contribution) => {
    score += contribution;
    shared.push({ term, weight: contribution });
  });
  const top = shared
    .map(({ term, weight }) => ({ term: label(term), weight }))
    .sort((x, y) => y.weight - x.weight || compareStrings(x.term, y.term))
    .slice(0, Math.max(0, limit));
  return { score, sharedTerms: top };
}
