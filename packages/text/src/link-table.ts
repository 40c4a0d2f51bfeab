/**
 * The links of every document's top-k list (from `allPairsTopK`, possibly
 * merged from several ranges) as a `LinkTable`: each pair once, in id order,
 * explained (score and largest shared terms). Explaining scatters each source
 * document once and reads each target's vector once; nothing is allocated per
 * link, so a million links cost no garbage.
 */
import { ArrayBlock } from "./array-block.js";
import type { NeighbourLists } from "./neighbour-lists.js";
import { ScatteredVector, TopContributions } from "./sparse.js";
import type { CsrMatrix } from "./topk.js";
import type { LinkTable, SharedTerm, SimilarityLink } from "./types.js";

export interface LinkTableInput {
  ids: readonly string[];
  /** Document vectors (term ids ascending, L2-normalised). */
  docs: CsrMatrix;
  /** Position of each document in id order. */
  rank: Uint32Array;
  vocabularySize: number;
  /** Shared terms kept per link. */
  explainTerms: number;
  label: (term: number) => string;
}

/**
 * The links of `lists` with a score >= minScore. With `explainTerms` 0 the
 * label is never called and only pairs and scores are made (the same scores):
 * what a thread without the term labels can compute.
 */
export function linkTableOf(input: LinkTableInput, lists: NeighbourLists, minScore: number): LinkTable {
  const { ids, docs, rank, explainTerms, label } = input;
  const pairs = uniquePairs(lists, rank);
  const pairCount = pairs.target.length;
  const { source, target, score, sharedStart, sharedTerm, sharedWeight } = tableArrays(pairCount, pairCount * explainTerms);
  // A slot per vocabulary term (millions): only made when terms are explained.
  const termSlot = explainTerms > 0 ? new Int32Array(input.vocabularySize).fill(-1) : new Int32Array(0);
  const terms: string[] = [];

  // The rows' weights are float32: held as such, exactly, in half the memory.
  const scattered = new ScatteredVector(input.vocabularySize, "float32");
  const top = new TopContributions(explainTerms, label);
  let count = 0;
  let shared = 0;
  for (let r = 0; r < pairs.sourceOf.length; r++) {
    const doc = pairs.sourceOf[r];
    if (pairs.start[doc] === pairs.start[doc + 1]) continue;
    scattered.set({ terms: docs.index.subarray(docs.start[doc], docs.start[doc + 1]), weights: docs.value.subarray(docs.start[doc], docs.start[doc + 1]) });
    for (let p = pairs.start[doc]; p < pairs.start[doc + 1]; p++) {
      const other = pairs.target[p];
      scattered.contributions(docs.index, docs.value, top, docs.start[other], docs.start[other + 1]);
      if (top.score < minScore) continue;
      source[count] = doc;
      target[count] = other;
      // Float32 weights can lift a duplicate's cosine a hair above 1.
      score[count] = Math.min(1, top.score);
      for (let i = 0; i < top.count; i++) {
        const term = top.term(i);
        if (termSlot[term] < 0) termSlot[term] = terms.push(label(term)) - 1;
        sharedTerm[shared] = termSlot[term];
        sharedWeight[shared++] = top.weight(i);
      }
      sharedStart[++count] = shared;
    }
  }
  return {
    ids,
    source: fitted(source, count),
    target: fitted(target, count),
    score: fitted(score, count),
    sharedStart: fitted(sharedStart, count + 1),
    sharedTerm: fitted(sharedTerm, shared),
    sharedWeight: fitted(sharedWeight, shared),
    terms,
  };
}

/**
 * The arrays of a table of up to `links` links and `shared` shared terms, in
 * one block: at 100k documents (about 56 MB) the allocator maps it on its own
 * and gives it back whole once the table is dropped (see `ArrayBlock`).
 */
function tableArrays(links: number, shared: number) {
  const block = new ArrayBlock(
    ArrayBlock.bytes([
      [Float64Array, links],
      [Float64Array, shared],
      [Uint32Array, links],
      [Uint32Array, links],
      [Uint32Array, links + 1],
      [Uint32Array, shared],
    ]),
    { shared: false },
  );
  return {
    score: block.take(Float64Array, links),
    sharedWeight: block.take(Float64Array, shared),
    source: block.take(Uint32Array, links),
    target: block.take(Uint32Array, links),
    sharedStart: block.take(Uint32Array, links + 1),
    sharedTerm: block.take(Uint32Array, shared),
  };
}

/**
 * The first `length` values of an array sized for the most there could be.
 * Nearly every pair of the lists makes a link with `explainTerms` shared terms,
 * so the array is (nearly) full: it is kept as is (or viewed) rather than
 * copied, which would hold a second table of tens of MB at 100k documents.
 * Only a table much smaller than its room is copied out of it.
 */
function fitted<T extends Uint32Array | Float64Array>(values: T, length: number): T {
  if (length === values.length) return values;
  return (length >= values.length - (values.length >>> 3) ? values.subarray(0, length) : values.slice(0, length)) as T;
}

/**
 * Every pair of the lists once, as (source, target) with source first in id
 * order: targets grouped by source (CSR over document positions), each group
 * in id order without repeats, and the sources in id order.
 */
function uniquePairs(lists: NeighbourLists, rank: Uint32Array) {
  const n = rank.length;
  const { k } = lists;
  const start = new Uint32Array(n + 1);
  for (let doc = 0; doc < n; doc++) {
    for (let i = 0; i < lists.sizes[doc]; i++) {
      const other = lists.docs[doc * k + i];
      start[(rank[doc] < rank[other] ? doc : other) + 1]++;
    }
  }
  for (let doc = 0; doc < n; doc++) start[doc + 1] += start[doc];
  const filled = start.slice(0, n);
  const target = new Uint32Array(start[n]);
  for (let doc = 0; doc < n; doc++) {
    for (let i = 0; i < lists.sizes[doc]; i++) {
      const other = lists.docs[doc * k + i];
      if (rank[doc] < rank[other]) target[filled[doc]++] = other;
      else target[filled[other]++] = doc;
    }
  }
  // Sort each group by rank and drop repeats (a pair in both documents' lists), compacting
  // in place: writes never pass the entry being read.
  const compactStart = new Uint32Array(n + 1);
  let at = 0;
  for (let doc = 0; doc < n; doc++) {
    const group = target.subarray(start[doc], start[doc + 1]);
    if (group.length > 1) group.sort((a, b) => rank[a] - rank[b]);
    compactStart[doc] = at;
    let previous = -1;
    for (let i = 0; i < group.length; i++) {
      if (group[i] === previous) continue;
      previous = group[i];
      target[at++] = previous;
    }
  }
  compactStart[n] = at;
  // Documents in id order.
  const sourceOf = new Uint32Array(n);
  for (let doc = 0; doc < n; doc++) sourceOf[rank[doc]] = doc;
  return { start: compactStart, target: target.subarray(0, at), sourceOf };
}

/** The links of a table as objects, best first (ties by source, then target, in id order). */
export function linksOfTable(table: LinkTable): SimilarityLink[] {
  const links: SimilarityLink[] = [];
  for (let i = 0; i < table.source.length; i++) {
    const sharedTerms: SharedTerm[] = [];
    for (let s = table.sharedStart[i]; s < table.sharedStart[i + 1]; s++) sharedTerms.push({ term: table.terms[table.sharedTerm[s]], weight: table.sharedWeight[s] });
    links.push({ source: table.ids[table.source[i]], target: table.ids[table.target[i]], score: table.score[i], sharedTerms });
  }
  // The table is in (source, target) id order, so a stable sort by score gives the ties in that order.
  return links.sort((a, b) => b.score - a.score);
}
