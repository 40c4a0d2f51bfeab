/**
 * The links of every document's top-k list (from `allPairsTopK`, possibly
 * merged from several ranges) as a `LinkTable`: each pair once, in id order,
 * explained (score and largest shared terms). Explaining scatters each source
 * document once and reads each target's vector once; nothing is allocated per
 * link, so a million links cost no garbage. The rows can be filled by ranges
 * of sources on several threads (`fillLinkRows`), then labelled here.
 */
import { ArrayBlock } from "./array-block.js";
import type { NeighbourLists } from "./neighbour-lists.js";
import { ScatteredVector, TopContributions } from "./sparse.js";
import type { CsrMatrix } from "./topk.js";
import type { LinkTable, SharedTerm, SimilarityLink } from "./types.js";

export interface LinkTableInput extends LinkVectors {
  ids: readonly string[];
  label: (term: number) => string;
}

/** What scoring and explaining links reads: no labels, so any thread holding the index's arrays can. */
export interface LinkVectors {
  /** Document vectors (term ids ascending, L2-normalised). */
  docs: CsrMatrix;
  /** Position of each document in id order. */
  rank: Uint32Array;
  vocabularySize: number;
  /** Shared terms kept per link. */
  explainTerms: number;
}

/**
 * The links of `lists` with a score >= minScore. With `explainTerms` 0 the
 * label is never called and only pairs and scores are made (the same scores).
 */
export function linkTableOf(input: LinkTableInput, lists: NeighbourLists, minScore: number): LinkTable {
  const pairs = uniquePairs(lists, input.rank);
  const rows = linkRowsFor(pairs.target.length, input.explainTerms);
  const part = fillLinkRows(input, pairs, minScore, 0, input.rank.length, rows);
  return finishLinkTable(input.ids, rows, [part], input.label);
}

/**
 * A table's arrays with room for every pair (and `explainTerms` shared terms
 * each), filled by ranges of sources (`fillLinkRows`), possibly on other
 * threads (which fill rows of their own, copied in with `copyLinkRows`), and
 * closed by `finishLinkTable`. Until then `sharedTerm` holds term ids and
 * `sharedStart` ends relative to each part's first shared term.
 */
export type LinkRows = Omit<LinkTable, "ids" | "terms">;

/** What `fillLinkRows` wrote: `count` links from row `linkOffset` on, `shared` terms from `sharedOffset` on. */
export interface LinkRowsPart {
  linkOffset: number;
  count: number;
  sharedOffset: number;
  shared: number;
}

/**
 * The arrays of a table of `links` pairs and `explainTerms` shared terms per
 * pair, in one block: at 100k documents (about 60 MB) the allocator maps it
 * on its own and gives it back whole once the table is dropped (see
 * `ArrayBlock`). Not on shared memory: V8 counts a new ArrayBuffer, not a
 * SharedArrayBuffer, towards starting a full collection, and this one comes
 * when the inverted index and what top-k used have just become garbage
 * (hundreds of MB at 100k documents, which would otherwise wait for the next
 * collection, past the pipeline's memory peak).
 */
export function linkRowsFor(links: number, explainTerms: number): LinkRows {
  const shared = links * explainTerms;
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

/** How many pairs the sources of ranks [from, to) have. */
export function pairsOf(pairs: LinkPairs, from: number, to: number): number {
  let count = 0;
  for (let r = from; r < to; r++) count += pairs.start[pairs.sourceOf[r] + 1] - pairs.start[pairs.sourceOf[r]];
  return count;
}

/**
 * Scores and explains the pairs of the sources of ranks [from, to) (id
 * order), writing their links with score >= minScore from row `linkOffset`
 * on: by default the row of their first pair in a table of every pair; 0 for
 * rows of this range only (`linkRowsFor(pairsOf(pairs, from, to), ...)`).
 * Explaining scatters each source once and reads each target's vector once;
 * nothing is allocated per link. Shared terms are written as term ids:
 * labels are `finishLinkTable`'s.
 */
export function fillLinkRows(vectors: LinkVectors, pairs: LinkPairs, minScore: number, from: number, to: number, rows: LinkRows, linkOffset = pairsOf(pairs, 0, from)): LinkRowsPart {
  const { docs, explainTerms } = vectors;
  const { source, target, score, sharedStart, sharedTerm, sharedWeight } = rows;
  const sharedOffset = linkOffset * explainTerms;
  // The rows' weights are float32: held as such, exactly, in half the memory.
  const scattered = new ScatteredVector(vectors.vocabularySize, "float32");
  const top = new TopContributions(explainTerms);
  let count = linkOffset;
  let shared = sharedOffset;
  for (let r = from; r < to; r++) {
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
        sharedTerm[shared] = top.term(i);
        sharedWeight[shared++] = top.weight(i);
      }
      sharedStart[++count] = shared - sharedOffset;
    }
  }
  return { linkOffset, count: count - linkOffset, sharedOffset, shared: shared - sharedOffset };
}

/**
 * Copies rows filled apart (`part` of `from`, on another thread) into the
 * table's `rows` at `linkOffset`; returns where they are now.
 */
export function copyLinkRows(rows: LinkRows, from: LinkRows, part: LinkRowsPart, linkOffset: number, explainTerms: number): LinkRowsPart {
  const { count, shared } = part;
  const sharedOffset = linkOffset * explainTerms;
  rows.source.set(from.source.subarray(part.linkOffset, part.linkOffset + count), linkOffset);
  rows.target.set(from.target.subarray(part.linkOffset, part.linkOffset + count), linkOffset);
  rows.score.set(from.score.subarray(part.linkOffset, part.linkOffset + count), linkOffset);
  // The ends are relative to the part's first shared term: they move as they are.
  rows.sharedStart.set(from.sharedStart.subarray(part.linkOffset + 1, part.linkOffset + count + 1), linkOffset + 1);
  rows.sharedTerm.set(from.sharedTerm.subarray(part.sharedOffset, part.sharedOffset + shared), sharedOffset);
  rows.sharedWeight.set(from.sharedWeight.subarray(part.sharedOffset, part.sharedOffset + shared), sharedOffset);
  return { linkOffset, count, sharedOffset, shared };
}

/**
 * The table of rows filled by `parts` (in rank order, apart): the gaps left
 * by pairs under minScore closed, shared terms numbered in order of first
 * use and labelled.
 */
export function finishLinkTable(ids: readonly string[], rows: LinkRows, parts: readonly LinkRowsPart[], label: (term: number) => string): LinkTable {
  const { source, target, score, sharedStart, sharedTerm, sharedWeight } = rows;
  let links = 0;
  let shared = 0;
  sharedStart[0] = 0;
  for (const part of parts) {
    const { linkOffset, count, sharedOffset } = part;
    if (linkOffset !== links) {
      source.copyWithin(links, linkOffset, linkOffset + count);
      target.copyWithin(links, linkOffset, linkOffset + count);
      score.copyWithin(links, linkOffset, linkOffset + count);
    }
    // Writes never pass the entry being read (links <= linkOffset), so this moves in place.
    for (let i = 1; i <= count; i++) sharedStart[links + i] = shared + sharedStart[linkOffset + i];
    if (sharedOffset !== shared) {
      sharedTerm.copyWithin(shared, sharedOffset, sharedOffset + part.shared);
      sharedWeight.copyWithin(shared, sharedOffset, sharedOffset + part.shared);
    }
    links += count;
    shared += part.shared;
  }
  // Term ids become positions in `terms`: a slot per vocabulary term, made only when terms are explained.
  const terms: string[] = [];
  if (shared > 0) {
    let largest = 0;
    for (let s = 0; s < shared; s++) largest = Math.max(largest, sharedTerm[s]);
    const termSlot = new Int32Array(largest + 1).fill(-1);
    for (let s = 0; s < shared; s++) {
      const term = sharedTerm[s];
      if (termSlot[term] < 0) termSlot[term] = terms.push(label(term)) - 1;
      sharedTerm[s] = termSlot[term];
    }
  }
  return {
    ids,
    source: fitted(source, links),
    target: fitted(target, links),
    score: fitted(score, links),
    sharedStart: fitted(sharedStart, links + 1),
    sharedTerm: fitted(sharedTerm, shared),
    sharedWeight: fitted(sharedWeight, shared),
    terms,
  };
}

/**
 * Ranks that cut the sources into `parts` ranges of about as many pairs
 * each: `parts + 1` bounds, from 0 to the number of documents.
 */
export function splitByPairs(pairs: LinkPairs, parts: number): number[] {
  const n = pairs.sourceOf.length;
  const total = pairs.target.length;
  const bounds = [0];
  let seen = 0;
  for (let r = 0; r < n && bounds.length < parts; r++) {
    const doc = pairs.sourceOf[r];
    seen += pairs.start[doc + 1] - pairs.start[doc];
    if (seen >= (total * bounds.length) / parts) bounds.push(r + 1);
  }
  while (bounds.length <= parts) bounds.push(n);
  bounds[parts] = n;
  return bounds;
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
 * in id order without repeats; `sourceOf[r]` is the document of rank r.
 */
export interface LinkPairs {
  start: Uint32Array;
  target: Uint32Array;
  sourceOf: Uint32Array;
}

export function uniquePairs(lists: NeighbourLists, rank: Uint32Array): LinkPairs {
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
