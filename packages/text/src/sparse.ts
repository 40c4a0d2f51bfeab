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
  /** The `limit` largest contributions, largest first, ties by term id. */
  sharedTerms: SharedTerm[];
}

/** Why two normalised vectors are similar: their score and the terms that make it up. */
export function explain(a: SparseVector, b: SparseVector, limit: number, label: (term: number) => string): Explanation {
  const top = new TopContributions(limit, label);
  // The merge of forEachSharedTerm, inline: it runs for every link of a corpus.
  const { terms: aTerms, weights: aWeights } = a;
  const { terms: bTerms, weights: bWeights } = b;
  let i = 0;
  let j = 0;
  while (i < aTerms.length && j < bTerms.length) {
    const ta = aTerms[i];
    const tb = bTerms[j];
    if (ta < tb) i++;
    else if (ta > tb) j++;
    else top.add(ta, aWeights[i++] * bWeights[j++]);
  }
  return top.explanation();
}

/**
 * `explain` with the first vector scattered in a dense array (weight per term id,
 * 0 elsewhere): the cheaper way when one vector is compared with many. Same
 * terms, same order of summation, so the same score to the last bit.
 */
export function explainDense(dense: Float64Array, b: SparseVector, limit: number, label: (term: number) => string): Explanation {
  const top = new TopContributions(limit, label);
  for (let i = 0; i < b.terms.length; i++) {
    const weight = dense[b.terms[i]];
    if (weight !== 0) top.add(b.terms[i], weight * b.weights[i]);
  }
  return top.explanation();
}

/**
 * One vector scattered over the vocabulary, to explain its similarity with
 * many others: a bit per term says whether it has the term, so that for each
 * other vector only the shared terms read the (large, cache-missing) weight
 * array. Same terms, same order of summation as `explain`.
 */
export class ScatteredVector {
  private readonly present: Uint32Array;
  private readonly weights: Float64Array | Float32Array;
  private vector: SparseVector | null = null;

  /**
   * `precision` "float32" holds the weights in half the memory (a vocabulary of
   * millions of terms): exact only for vectors whose weights are float32, as
   * the rows of an index are.
   */
  constructor(termCount: number, precision: "float64" | "float32" = "float64") {
    this.present = new Uint32Array((termCount + 31) >>> 5);
    this.weights = precision === "float32" ? new Float32Array(termCount) : new Float64Array(termCount);
  }

  /** Scatters `vector`, replacing the one scattered before. */
  set(vector: SparseVector): void {
    this.clear();
    this.vector = vector;
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i];
      this.present[term >>> 5] |= 1 << (term & 31);
      this.weights[term] = vector.weights[i];
    }
  }

  explain(b: SparseVector, limit: number, label: (term: number) => string): Explanation {
    return this.contributions(b.terms, b.weights, new TopContributions(limit, label)).explanation();
  }

  /** The contributions of the terms[i] (weights[i]) it shares with the scattered vector, into `top` (reset first). */
  contributions(terms: ArrayLike<number>, weights: ArrayLike<number>, top: TopContributions, from = 0, to = terms.length): TopContributions {
    top.reset();
    const { present } = this;
    for (let i = from; i < to; i++) {
      const term = terms[i];
      if ((present[term >>> 5] & (1 << (term & 31))) !== 0) top.add(term, this.weights[term] * weights[i]);
    }
    return top;
  }

  private clear(): void {
    if (this.vector === null) return;
    for (const term of this.vector.terms) {
      this.present[term >>> 5] = 0;
      this.weights[term] = 0;
    }
    this.vector = null;
  }
}

/**
 * Sums contributions and keeps the `limit` largest, by insertion: limit is small
 * and most terms never enter. Equal contributions go in term id order (an
 * index's ids follow its terms' keys), so no label is needed to keep them:
 * threads without labels explain links exactly as this one. Labels are only
 * made for the terms shown (`explanation`). Reusable: `reset` before each
 * pair, so that explaining many pairs allocates nothing per pair.
 */
export class TopContributions {
  private readonly terms: Int32Array;
  private readonly weights: Float64Array;
  /** How many contributions are kept (at most the limit). */
  count = 0;
  /** Sum of every contribution added since the last reset. */
  score = 0;

  constructor(
    private readonly limit: number,
    private readonly label: (term: number) => string = String,
  ) {
    this.terms = new Int32Array(Math.max(0, limit));
    this.weights = new Float64Array(Math.max(0, limit));
  }

  reset(): this {
    this.count = 0;
    this.score = 0;
    return this;
  }

  add(term: number, weight: number): void {
    this.score += weight;
    const { terms, weights, limit } = this;
    if (limit <= 0 || (this.count === limit && !this.before(weight, term, limit - 1))) return;
    let at = Math.min(this.count, limit - 1);
    while (at > 0 && this.before(weight, term, at - 1)) {
      terms[at] = terms[at - 1];
      weights[at] = weights[at - 1];
      at--;
    }
    terms[at] = term;
    weights[at] = weight;
    if (this.count < limit) this.count++;
  }

  /** Term id of the i-th largest contribution kept. */
  term(i: number): number {
    return this.terms[i];
  }

  /** The i-th largest contribution kept. */
  weight(i: number): number {
    return this.weights[i];
  }

  explanation(): Explanation {
    const sharedTerms: SharedTerm[] = [];
    for (let i = 0; i < this.count; i++) sharedTerms.push({ term: this.label(this.terms[i]), weight: this.weights[i] });
    return { score: this.score, sharedTerms };
  }

  /** Larger contribution first, equal ones by term id. */
  private before(weight: number, term: number, position: number): boolean {
    const other = this.weights[position];
    return weight > other || (weight === other && term < this.terms[position]);
  }
}
