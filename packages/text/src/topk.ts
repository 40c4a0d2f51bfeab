/**
 * Exact top-k cosine search of one query vector through an inverted index
 * (used by similarTo and query; neighbours of all documents: all-pairs.ts).
 *
 * Scores are accumulated term at a time, terms taken in decreasing order of the
 * most they can add (query weight x largest weight of the term). Every score
 * only grows, so the k-th best partial score is a lower bound of the final k-th
 * best. Once the terms left cannot lift an unseen document to that bound (or to
 * minScore), no new candidate is admitted and only the candidates that can still
 * make it are completed: the frequent, low-weight terms (long postings) are
 * mostly never scanned. Results are exact.
 */
import { TopKHeap } from "./heap.js";

/** Compressed sparse rows: row r holds entries start[r] .. start[r + 1] - 1. */
export interface CsrMatrix {
  start: Uint32Array;
  index: Uint32Array;
  value: Float32Array;
}

export interface SearchArrays {
  /** Document vectors: a row per document, term ids ascending, L2-normalised weights. */
  docs: CsrMatrix;
  /** Inverted index: a row per term, document indices ascending, the same weights. */
  postings: CsrMatrix;
  /** Largest weight of each term over all documents. */
  maxWeight: Float32Array;
  /** Position of each document in id order: equal scores are ordered by id. */
  rank: Uint32Array;
}

/** Search parameters; `skip` is a document never returned (the query document itself), -1 for none. */
export interface SearchRequest {
  k: number;
  minScore: number;
  skip: number;
  accept?: (doc: number) => boolean;
}

// Bounds are compared with this margin, so that rounding never prunes a document that ties.
const MARGIN = 1e-9;
const UNSEEN = 0;
const CANDIDATE = 1;
const REJECTED = 2;

/** Per-thread working memory, reused across queries and reset through the list of touched documents. */
export class SearchScratch {
  readonly scores: Float64Array;
  readonly state: Uint8Array;
  readonly touched: Uint32Array;
  readonly queryDense: Float64Array;
  touchedCount = 0;

  constructor(docCount: number, termCount: number) {
    this.scores = new Float64Array(docCount);
    this.state = new Uint8Array(docCount);
    this.touched = new Uint32Array(docCount);
    this.queryDense = new Float64Array(termCount);
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = this.touched[i];
      this.scores[doc] = 0;
      this.state[doc] = UNSEEN;
    }
    this.touchedCount = 0;
  }
}

export function createScratch(arrays: SearchArrays): SearchScratch {
  return new SearchScratch(arrays.rank.length, arrays.maxWeight.length);
}

/**
 * The k documents with the highest dot product with the query vector (term ids
 * ascending or not, weights >= 0) and a score >= minScore, best first, equal
 * scores by rank.
 */
export function searchTopK(
  arrays: SearchArrays,
  scratch: SearchScratch,
  queryTerms: ArrayLike<number>,
  queryWeights: ArrayLike<number>,
  request: SearchRequest,
): { docs: Uint32Array; scores: Float64Array } {
  const { k, minScore } = request;
  const m = queryTerms.length;
  if (k <= 0 || m === 0) return { docs: new Uint32Array(0), scores: new Float64Array(0) };
  const { postings, maxWeight } = arrays;
  const { scores, state, touched } = scratch;

  // Terms by decreasing bound; remaining[i] bounds what terms i.. can add to an unseen document.
  const bound = new Float64Array(m);
  for (let i = 0; i < m; i++) bound[i] = queryWeights[i] * maxWeight[queryTerms[i]];
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => bound[b] - bound[a] || queryTerms[a] - queryTerms[b]);
  const remaining = new Float64Array(m + 1);
  let boundSum = 0;
  let squareSum = 0;
  for (let i = m - 1; i >= 0; i--) {
    boundSum += bound[order[i]];
    squareSum += queryWeights[order[i]] * queryWeights[order[i]];
    // Also Cauchy-Schwarz: a unit document gets at most the norm of the query part left.
    remaining[i] = Math.min(boundSum, Math.sqrt(squareSum));
  }

  const heap = new TopKHeap(k, arrays.rank);
  let threshold = minScore;
  let candidates = 0;
  let scannedSinceRefresh = 0;
  let stop = m;
  for (let i = 0; i < m; i++) {
    if (candidates >= k && scannedSinceRefresh >= candidates) {
      // Amortised: refreshing costs O(candidates), paid for by as many postings scanned.
      threshold = Math.max(minScore, kthBestScore(scratch, heap));
      scannedSinceRefresh = 0;
    }
    if (remaining[i] + MARGIN < threshold) {
      stop = i;
      break;
    }
    const term = queryTerms[order[i]];
    const weight = queryWeights[order[i]];
    const end = postings.start[term + 1];
    for (let p = postings.start[term]; p < end; p++) {
      const doc = postings.index[p];
      let docState = state[doc];
      if (docState === UNSEEN) {
        docState = doc === request.skip || (request.accept !== undefined && !request.accept(doc)) ? REJECTED : CANDIDATE;
        state[doc] = docState;
        touched[scratch.touchedCount++] = doc;
        if (docState === CANDIDATE) candidates++;
      }
      if (docState === CANDIDATE) scores[doc] += weight * postings.value[p];
    }
    scannedSinceRefresh += end - postings.start[term];
  }
  if (stop < m) completeCandidates(arrays, scratch, queryTerms, queryWeights, order, stop, threshold - remaining[stop]);

  heap.clear();
  for (let i = 0; i < scratch.touchedCount; i++) {
    const doc = touched[i];
    if (state[doc] === CANDIDATE && scores[doc] + MARGIN >= minScore) heap.offer(doc, scores[doc]);
  }
  scratch.reset();
  return heap.drain();
}

/** The k-th best partial score among candidates (-Infinity with fewer than k). */
function kthBestScore(scratch: SearchScratch, heap: TopKHeap): number {
  heap.clear();
  for (let i = 0; i < scratch.touchedCount; i++) {
    const doc = scratch.touched[i];
    if (scratch.state[doc] === CANDIDATE) heap.offer(doc, scratch.scores[doc]);
  }
  return heap.full ? heap.worstScore : -Infinity;
}

/**
 * Adds the terms order[stop..] to the candidates whose partial score is at least
 * `needed` (the others cannot reach the threshold and are rejected), through
 * whichever is shorter: the candidates' own vectors or the terms' postings.
 */
function completeCandidates(
  arrays: SearchArrays,
  scratch: SearchScratch,
  queryTerms: ArrayLike<number>,
  queryWeights: ArrayLike<number>,
  order: readonly number[],
  stop: number,
  needed: number,
): void {
  const { docs, postings } = arrays;
  const { scores, state, touched, queryDense } = scratch;
  let vectorCost = 0;
  for (let i = 0; i < scratch.touchedCount; i++) {
    const doc = touched[i];
    if (state[doc] !== CANDIDATE) continue;
    if (scores[doc] + MARGIN < needed) state[doc] = REJECTED;
    else vectorCost += docs.start[doc + 1] - docs.start[doc];
  }
  let postingCost = 0;
  for (let i = stop; i < order.length; i++) {
    const term = queryTerms[order[i]];
    postingCost += postings.start[term + 1] - postings.start[term];
  }

  if (vectorCost <= postingCost) {
    for (let i = stop; i < order.length; i++) queryDense[queryTerms[order[i]]] = queryWeights[order[i]];
    for (let i = 0; i < scratch.touchedCount; i++) {
      const doc = touched[i];
      if (state[doc] !== CANDIDATE) continue;
      let sum = 0;
      for (let p = docs.start[doc]; p < docs.start[doc + 1]; p++) sum += queryDense[docs.index[p]] * docs.value[p];
      scores[doc] += sum;
    }
    for (let i = stop; i < order.length; i++) queryDense[queryTerms[order[i]]] = 0;
  } else {
    for (let i = stop; i < order.length; i++) {
      const term = queryTerms[order[i]];
      const weight = queryWeights[order[i]];
      for (let p = postings.start[term]; p < postings.start[term + 1]; p++) {
        const doc = postings.index[p];
        if (state[doc] === CANDIDATE) scores[doc] += weight * postings.value[p];
      }
    }
  }
}
