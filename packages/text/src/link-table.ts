/**
 * The links of every document's top-k list (from `allPairsTopK`, possibly
 * merged from several ranges) as a `LinkTable`: each pair once, in id order,
 * explained (score and largest shared terms). Explaining scatters each source
 * document once and reads each target's vector once; nothing is allocated per
 * link, so a million links cost no garbage.
 */
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
  const source = new Uint32Array(pairCount);
  const target = new Uint32Array(pairCount);
  const score = new Float64Array(pairCount);
  const sharedStart = new Uint32Array(pairCount + 1);
  const sharedTerm = new Uint32Array(pairCount * explainTerms);
  const sharedWeight = new Float64Array(pairCount * explainTerms);
  const termSlot = new Int32Array(input.vocabularySize).fill(-1);
  const terms: string[] = [];

  const scattered = new ScatteredVector(input.vocabularySize);
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
    source: source.slice(0, count),
    target: target.slice(0, count),
    score: score.slice(0, count),
    sharedStart: sharedStart.slice(0, count + 1),
    sharedTerm: sharedTerm.slice(0, shared),
    sharedWeight: sharedWeight.slice(0, shared),
    terms,
  };
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
