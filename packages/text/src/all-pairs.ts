/**
 * Exact top-k neighbours of every document, with score >= minScore.
 *
 * Each pair is scored once, from its lower-indexed document, by accumulating
 * term at a time over the postings of the documents after it, and offered to
 * both documents' lists. Cost is the sum over terms of df^2 / 2, dominated by
 * the frequent terms. minScore lets most of them be skipped, exactly:
 *
 * Terms found in more than D documents are "common"; c(d) is the norm of the
 * common part of d's vector. By Cauchy-Schwarz, what two documents get from
 * common terms is at most c(a) x c(b). A document is "light" when c(d)^2 <
 * minScore: two light documents cannot reach minScore through common terms
 * alone, so common postings are only scanned for pairs with a "heavy" document;
 * a pair of light documents found through a rarer term gets its common part
 * added afterwards, when partial + c(a) x c(b) can still reach minScore.
 * D is chosen per call to minimise an estimate of the postings scanned, among
 * the D that leave no document heavy (see `cheapestThreshold`). With
 * minScore <= 0 every term counts as rare: plain exhaustive accumulation.
 * Pairs with no shared term (score 0) are never reported.
 *
 * Thresholds rise as lists fill: a pair is dropped once it can reach neither
 * document's k-th score. Why not prune further (prefix filtering, L2AP): on a
 * skills corpus the k-th best cosine is low (median 0.21 at 10k documents,
 * 0.15 at 100k) while a third of a document's norm sits in terms found in 2-40%
 * of the documents, so no norm bound can leave those terms out; their postings
 * are most of the work, and it is done with a cursor per term (no search), a
 * sequential sweep of the scores (no list of touched documents) and the
 * documents split into ranges for worker threads.
 *
 * `allPairsTopK` works on a range of query documents and only reads the shared
 * arrays, so ranges can run in workers and their lists be merged.
 */
import { ArrayBlock } from "./array-block.js";
import { NeighbourLists } from "./neighbour-lists.js";
import { shareable } from "./shareable.js";
import type { CsrMatrix, SearchArrays } from "./topk.js";

export interface PairTiers {
  minScore: number;
  /** Document frequency above which a term is common (Infinity: none is). */
  commonAbove: number;
  /** 1 for common terms. */
  common: Uint8Array;
  /** Each common term's slot: common terms numbered 0.. in id order (0 for the others). */
  commonSlot: Uint32Array;
  /** How many terms are common. */
  commonCount: number;
  /** Norm of each document's common part. */
  commonNorm: Float64Array;
  /** 1 for documents whose common part alone could reach minScore with another light one. */
  heavy: Uint8Array;
  /**
   * Each document's common terms only, as slots (ascending): a query's common
   * part then fits a small dense array that stays in cache.
   */
  commonRows: CsrMatrix;
  /**
   * Postings of common terms restricted to heavy documents, a row per common
   * term's slot (not per term id: a row per term of a vocabulary of millions
   * would cost a start, and each thread a cursor, for every rare term too).
   */
  heavyPostings: CsrMatrix;
}

const MARGIN = 1e-9;

/** Chooses the common terms for this minScore and builds the arrays `allPairsTopK` needs. */
export function prepareTiers(arrays: SearchArrays, minScore: number): PairTiers {
  return tiersAbove(arrays, minScore > MARGIN ? cheapestThreshold(arrays, minScore) : Infinity, minScore);
}

/**
 * The document frequency D (a power of two, or Infinity for none) that should
 * scan the fewest postings: pairs through rare terms (df^2 / 2 each), among
 * the D that leave no document heavy. Computed from per-document sums of
 * squares by frequency band, so trying every D costs one pass over the vectors.
 *
 * Why no heavy document: a D that leaves a few heavy ones scans few common
 * postings, but makes more terms common, so every light pair found through a
 * rare term adds a longer common part, which the postings count leaves out.
 * Measured on the bench corpora (2,000 queries at 100k documents), D = 2048
 * with 4.5% heavy documents took 3.9 s, twice the 1.96 s of D = 4096 with
 * none; at 10k and 30k documents the smallest D with no heavy document was
 * within 10% of the fastest.
 */
function cheapestThreshold(arrays: SearchArrays, minScore: number): number {
  const { docs, postings } = arrays;
  const docCount = docs.start.length - 1;
  const termCount = postings.start.length - 1;
  const bandOf = (df: number) => (df <= 1 ? 0 : Math.ceil(Math.log2(df)));
  const bands = bandOf(docCount) + 1;
  // Band b holds the terms with 2^(b-1) < df <= 2^b: "common above 2^j" is bands > j.
  const pairsInBand = new Float64Array(bands);
  const termBand = new Uint8Array(termCount);
  for (let term = 0; term < termCount; term++) {
    const df = postings.start[term + 1] - postings.start[term];
    termBand[term] = bandOf(df);
    pairsInBand[termBand[term]] += (df * df) / 2;
  }
  const heavyAbove = new Float64Array(bands);
  const squares = new Float64Array(bands);
  for (let doc = 0; doc < docCount; doc++) {
    squares.fill(0);
    for (let p = docs.start[doc]; p < docs.start[doc + 1]; p++) squares[termBand[docs.index[p]]] += docs.value[p] * docs.value[p];
    // Common part for threshold 2^j: the bands above j.
    let common = 0;
    for (let j = bands - 1; j >= 0; j--) {
      if (common + MARGIN >= minScore) heavyAbove[j]++;
      common += squares[j];
    }
  }
  let best = { above: Infinity, cost: pairsInBand.reduce((sum, pairs) => sum + pairs, 0) };
  for (let j = 3; j < bands - 1; j++) {
    if (heavyAbove[j] > 0) continue;
    let cost = 0;
    for (let b = 0; b <= j; b++) cost += pairsInBand[b];
    if (cost < best.cost) best = { above: 2 ** j, cost };
  }
  return best.above;
}

/** Tiers with terms in more than `commonAbove` documents common (any threshold gives exact results; some are faster). */
export function tiersAbove(arrays: SearchArrays, commonAbove: number, minScore: number): PairTiers {
  const { docs, postings } = arrays;
  const docCount = docs.start.length - 1;
  const termCount = postings.start.length - 1;
  // The documents' common parts hold every posting of the common terms.
  let commonCount = 0;
  let commonEntries = 0;
  for (let term = 0; term < termCount; term++) {
    const df = postings.start[term + 1] - postings.start[term];
    if (df <= commonAbove) continue;
    commonCount++;
    commonEntries += df;
  }
  // One block for the arrays sized by the vocabulary and the documents' common parts (36 MB at 100k documents).
  const block = new ArrayBlock(
    ArrayBlock.bytes([
      [Uint8Array, termCount],
      [Uint32Array, termCount],
      [Float64Array, docCount],
      [Uint8Array, docCount],
      [Uint32Array, docCount + 1],
      [Uint32Array, commonEntries],
      [Float32Array, commonEntries],
    ]),
  );
  const common = block.take(Uint8Array, termCount);
  const commonSlot = block.take(Uint32Array, termCount);
  for (let term = 0, slot = 0; term < termCount; term++) {
    if (postings.start[term + 1] - postings.start[term] <= commonAbove) continue;
    common[term] = 1;
    commonSlot[term] = slot++;
  }

  const commonNorm = block.take(Float64Array, docCount);
  const heavy = block.take(Uint8Array, docCount);
  const rowStart = block.take(Uint32Array, docCount + 1);
  for (let doc = 0; doc < docCount; doc++) {
    let squares = 0;
    let count = 0;
    for (let p = docs.start[doc]; p < docs.start[doc + 1]; p++) {
      if (common[docs.index[p]] === 0) continue;
      squares += docs.value[p] * docs.value[p];
      count++;
    }
    commonNorm[doc] = Math.sqrt(squares);
    heavy[doc] = squares + MARGIN >= minScore ? 1 : 0;
    rowStart[doc + 1] = rowStart[doc] + count;
  }
  if (rowStart[docCount] !== commonEntries) {
    throw new Error(`@skills-network/text: the postings hold ${commonEntries} entries of common terms, the vectors ${rowStart[docCount]}. Build the postings from the vectors (index.searchArrays does).`);
  }
  const commonRows = { start: rowStart, index: block.take(Uint32Array, commonEntries), value: block.take(Float32Array, commonEntries) };
  for (let doc = 0, at = 0; doc < docCount; doc++) {
    for (let p = docs.start[doc]; p < docs.start[doc + 1]; p++) {
      if (common[docs.index[p]] === 0) continue;
      commonRows.index[at] = commonSlot[docs.index[p]];
      commonRows.value[at++] = docs.value[p];
    }
  }

  // Slots number the common terms in id order: the rows come in term order.
  const heavyStart = shareable(Uint32Array, commonCount + 1);
  for (let term = 0, slot = 0; term < termCount; term++) {
    if (common[term] === 0) continue;
    let count = 0;
    for (let p = postings.start[term]; p < postings.start[term + 1]; p++) count += heavy[postings.index[p]];
    heavyStart[slot + 1] = heavyStart[slot] + count;
    slot++;
  }
  const heavyPostings = { start: heavyStart, index: shareable(Uint32Array, heavyStart[commonCount]), value: shareable(Float32Array, heavyStart[commonCount]) };
  for (let term = 0, at = 0; term < termCount; term++) {
    if (common[term] === 0) continue;
    for (let p = postings.start[term]; p < postings.start[term + 1]; p++) {
      if (heavy[postings.index[p]] === 0) continue;
      heavyPostings.index[at] = postings.index[p];
      heavyPostings.value[at++] = postings.value[p];
    }
  }
  return { minScore, commonAbove, common, commonSlot, commonCount, commonNorm, heavy, commonRows, heavyPostings };
}

/**
 * Scores every pair (q, d) with from <= q < to and d > q that can reach minScore,
 * and offers it to the lists of both q and d. Pairs with no shared term (score 0)
 * are never offered.
 *
 * A document's threshold is minScore until its list holds k documents, then the
 * score of its k-th: a pair that can reach neither document's threshold is
 * dropped before its common part is added or it is offered. Thresholds only
 * rise, so this is exact.
 */
export function allPairsTopK(arrays: SearchArrays, tiers: PairTiers, from: number, to: number, k: number): NeighbourLists {
  return allPairsTopKOver(arrays, tiers, [[from, to]], k);
}

/** `allPairsTopK` over several ranges of queries [from, to), in increasing order and apart. */
export function allPairsTopKOver(arrays: SearchArrays, tiers: PairTiers, ranges: readonly (readonly [number, number])[], k: number): NeighbourLists {
  let next = 0;
  return pairsOfRanges(arrays, tiers, k, ranges[0]?.[0] ?? 0, () => (next < ranges.length ? ranges[next++] : null));
}

/**
 * Consecutive ranges of query documents that threads take in turn (the next
 * untaken one, through an atomic counter), so that they end together whatever
 * each range costs. `bounds` holds the ranges' ends: range r is bounds[r] .. bounds[r + 1] - 1.
 */
export interface QueryChunks {
  bounds: Uint32Array;
  /** One counter: the next range to take. On shared memory for threads. */
  taken: Int32Array;
}

/** `allPairsTopK` over the ranges of `chunks` this thread takes (with other threads taking the rest). */
export function allPairsTopKClaimed(arrays: SearchArrays, tiers: PairTiers, chunks: QueryChunks, k: number): NeighbourLists {
  const count = chunks.bounds.length - 1;
  return pairsOfRanges(arrays, tiers, k, 0, () => {
    const chunk = Atomics.add(chunks.taken, 0, 1);
    return chunk < count ? [chunks.bounds[chunk], chunks.bounds[chunk + 1]] : null;
  });
}

/**
 * The scoring of `allPairsTopK` over ranges of queries given in increasing
 * order by `nextRange` (null: no more), the first starting at `from` or later.
 */
function pairsOfRanges(
  arrays: SearchArrays,
  tiers: PairTiers,
  k: number,
  from: number,
  nextRange: () => readonly [number, number] | null,
): NeighbourLists {
  const lists = new NeighbourLists(k, arrays.rank);
  if (k === 0) return lists;
  const scorer = new QueryScorer(arrays, tiers, lists, from);
  for (let range = nextRange(); range !== null; range = nextRange()) scorer.scoreRange(range[0], range[1]);
  return lists;
}

/**
 * Scores queries one at a time (see `allPairsTopK`). Each step is a method of
 * its own rather than a block of one long loop: V8 then optimises each once,
 * from what the first queries taught it, instead of compiling the whole loop on
 * the fly (on-stack) before its later blocks ever ran and again every time one
 * of them first does (nine compiles of tens of milliseconds per build).
 */
class QueryScorer {
  private readonly n: number;
  private readonly scores: Float64Array;
  // The query's common part, by slot.
  private readonly queryCommon: Float64Array;
  private readonly threshold: Float64Array;
  private readonly largestCommonNorm: number;
  // Queries go in document order, so a cursor per term says where the query is in the term's
  // postings: the next entry, or a few after it when other threads took the queries between.
  private readonly next: Uint32Array;
  private readonly nextHeavy: Uint32Array;
  // The query's postings segments: gathered first, so that the cache misses of finding them
  // overlap, then scanned. Heavy-list segments (common terms of a light query) apart.
  private segments = new Segments(256);
  private heavySegments = new Segments(256);
  // The range of documents the query's scores fall in.
  private first = 0;
  private last = 0;

  constructor(
    private readonly arrays: SearchArrays,
    private readonly tiers: PairTiers,
    private readonly lists: NeighbourLists,
    from: number,
  ) {
    const n = arrays.rank.length;
    this.n = n;
    this.scores = new Float64Array(n);
    this.queryCommon = new Float64Array(tiers.commonCount);
    this.threshold = new Float64Array(n).fill(tiers.minScore);
    this.largestCommonNorm = largest(tiers.commonNorm);
    this.next = cursorsAfter(arrays.postings, from);
    this.nextHeavy = cursorsAfter(tiers.heavyPostings, from);
  }

  scoreRange(from: number, to: number): void {
    for (let query = from; query < to; query++) this.score(query);
  }

  private score(query: number): void {
    const { commonNorm, heavy, minScore } = this.tiers;
    const queryLight = heavy[query] === 0;
    const queryNorm = commonNorm[query];
    const scanned = this.gather(query, queryLight);
    // A score too low to reach minScore even with the largest common part; never below a shared term.
    const gate = Math.max(minScore - MARGIN - queryNorm * this.largestCommonNorm, Number.MIN_VALUE);
    if (this.last - this.first < 2 * scanned) this.sweep(query, queryLight, gate);
    else this.walk(query, queryLight, gate);
    if (queryLight) this.clearCommon(query);
  }

  /** The query's segments, their documents' range (`first`, `last`) and scores; returns the postings scanned. */
  private gather(query: number, queryLight: boolean): number {
    const { docs } = this.arrays;
    const { common, commonSlot, heavyPostings } = this.tiers;
    const { start: postingStart, index: postingDoc } = this.arrays.postings;
    const { start: heavyStart, index: heavyDoc } = heavyPostings;
    const { next, nextHeavy, queryCommon } = this;
    const rowLength = docs.start[query + 1] - docs.start[query];
    if (this.segments.capacity < rowLength) {
      this.segments = new Segments(2 * rowLength);
      this.heavySegments = new Segments(2 * rowLength);
    }
    const { segments, heavySegments } = this;
    segments.count = 0;
    heavySegments.count = 0;
    // Reading a segment's ends here also brings it to the cache.
    let first = this.n;
    let last = query;
    for (let a = docs.start[query]; a < docs.start[query + 1]; a++) {
      const term = docs.index[a];
      // The query's own entry in the full postings.
      let own = next[term];
      while (postingDoc[own] < query) own++;
      next[term] = own + 1;
      if (common[term] === 1 && queryLight) {
        const slot = commonSlot[term];
        queryCommon[slot] = docs.value[a];
        const end = heavyStart[slot + 1];
        let p = nextHeavy[slot];
        while (p < end && heavyDoc[p] <= query) p++;
        nextHeavy[slot] = p;
        if (p === end) continue;
        heavySegments.add(p, end, docs.value[a]);
        first = Math.min(first, heavyDoc[p]);
        last = Math.max(last, heavyDoc[end - 1]);
      } else {
        const end = postingStart[term + 1];
        if (own + 1 === end) continue;
        segments.add(own + 1, end, docs.value[a]);
        first = Math.min(first, postingDoc[own + 1]);
        last = Math.max(last, postingDoc[end - 1]);
      }
    }
    this.first = first;
    this.last = last;
    // Scores of the documents after the query, term by term.
    return accumulate(segments, this.arrays.postings, this.scores) + accumulate(heavySegments, heavyPostings, this.scores);
  }

  /** Dense: sweeps the range of the scores (the common case; sequential and nearly branch-free). */
  private sweep(query: number, queryLight: boolean, gate: number): void {
    const { scores, last } = this;
    for (let doc = this.first; doc <= last; doc++) {
      const score = scores[doc];
      scores[doc] = 0;
      if (score >= gate) this.consider(query, queryLight, doc, score);
    }
  }

  /** Sparse: walks the segments again; a document's score is taken (and cleared) on its first entry. */
  private walk(query: number, queryLight: boolean, gate: number): void {
    this.walkSegments(this.segments, this.arrays.postings.index, query, queryLight, gate);
    this.walkSegments(this.heavySegments, this.tiers.heavyPostings.index, query, queryLight, gate);
  }

  private walkSegments(segments: Segments, postingDoc: Uint32Array, query: number, queryLight: boolean, gate: number): void {
    const { scores } = this;
    for (let i = 0; i < segments.count; i++) {
      for (let p = segments.from[i]; p < segments.end[i]; p++) {
        const doc = postingDoc[p];
        const score = scores[doc];
        scores[doc] = 0;
        if (score >= gate) this.consider(query, queryLight, doc, score);
      }
    }
  }

  /** A document whose score with the query (rare part, or all of it for a heavy pair) is `partial` > 0. */
  private consider(query: number, queryLight: boolean, doc: number, partial: number): void {
    const { threshold, lists } = this;
    const { heavy, commonNorm, commonRows, minScore } = this.tiers;
    let score = partial;
    const needed = Math.min(threshold[query], threshold[doc]) - MARGIN;
    if (queryLight && heavy[doc] === 0) {
      // Light pair: the common part is still missing.
      if (score + commonNorm[query] * commonNorm[doc] < needed) return;
      const { queryCommon } = this;
      for (let p = commonRows.start[doc]; p < commonRows.start[doc + 1]; p++) score += queryCommon[commonRows.index[p]] * commonRows.value[p];
    }
    if (score < needed) return;
    if (score >= threshold[query] - MARGIN) threshold[query] = offer(lists, query, doc, score, minScore);
    if (score >= threshold[doc] - MARGIN) threshold[doc] = offer(lists, doc, query, score, minScore);
  }

  private clearCommon(query: number): void {
    const { docs } = this.arrays;
    const { common, commonSlot } = this.tiers;
    for (let a = docs.start[query]; a < docs.start[query + 1]; a++) if (common[docs.index[a]] === 1) this.queryCommon[commonSlot[docs.index[a]]] = 0;
  }
}

/** Adds each segment's postings, times its weight, to the scores of their documents; returns the postings read. */
function accumulate(segments: Segments, postings: CsrMatrix, scores: Float64Array): number {
  const { index: postingDoc, value: postingWeight } = postings;
  let scanned = 0;
  for (let i = 0; i < segments.count; i++) {
    const end = segments.end[i];
    const weight = segments.weight[i];
    scanned += end - segments.from[i];
    for (let p = segments.from[i]; p < end; p++) scores[postingDoc[p]] += weight * postingWeight[p];
  }
  return scanned;
}

function largest(values: Float64Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]);
  return max;
}

/** Per row of `postings`, the first entry for a document after `from - 1`. */
function cursorsAfter(postings: CsrMatrix, from: number): Uint32Array {
  const cursors = new Uint32Array(postings.start.length - 1);
  for (let row = 0; row < cursors.length; row++) cursors[row] = firstAfter(postings.index, postings.start[row], postings.start[row + 1], from - 1);
  return cursors;
}

/** Ranges of postings to scan for one query, with the query's weight for each. */
class Segments {
  readonly from: Uint32Array;
  readonly end: Uint32Array;
  readonly weight: Float64Array;
  count = 0;

  constructor(readonly capacity: number) {
    this.from = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
    this.weight = new Float64Array(capacity);
  }

  add(from: number, end: number, weight: number): void {
    this.from[this.count] = from;
    this.end[this.count] = end;
    this.weight[this.count++] = weight;
  }
}

/** Offers `doc` to the list of `owner`; returns the owner's new threshold. */
function offer(lists: NeighbourLists, owner: number, doc: number, score: number, minScore: number): number {
  lists.offer(owner, doc, score);
  return lists.sizes[owner] === lists.k ? Math.max(minScore, lists.scores[owner * lists.k]) : minScore;
}

/** First position in index[from..to) (ascending) holding a value > after. */
function firstAfter(index: Uint32Array, from: number, to: number, after: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index[mid] <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
