import { prepareTiers, type PairTiers } from "../all-pairs.js";
import type { SearchArrays } from "../topk.js";

/**
 * Splits the documents into `parts` consecutive ranges of about equal work for
 * `allPairsTopK`. A document is paired with the documents after it, so its work
 * is about the postings it scans, times the share of documents after it.
 */
export function balancedRanges(arrays: SearchArrays, tiers: PairTiers, parts: number): [number, number][] {
  const { docs, postings } = arrays;
  const n = docs.start.length - 1;
  const cost = new Float64Array(n + 1);
  for (let doc = 0; doc < n; doc++) {
    let scanned = 0;
    for (let a = docs.start[doc]; a < docs.start[doc + 1]; a++) {
      const term = docs.index[a];
      if (tiers.common[term] === 0) scanned += postings.start[term + 1] - postings.start[term];
    }
    // Sweeping the candidates costs about a step per later document.
    cost[doc + 1] = cost[doc] + (scanned + n) * ((n - doc) / n);
  }
  const ranges: [number, number][] = [];
  let from = 0;
  for (let part = 1; part <= parts; part++) {
    let to = from;
    const goal = (cost[n] * part) / parts;
    while (to < n && (part === parts || cost[to + 1] <= goal)) to++;
    ranges.push([from, to]);
    from = to;
  }
  return ranges.filter(([start, end]) => end > start);
}

/** What top-k on threads shares: the tiers and the ends of the ranges of queries threads take in turn. */
export interface PreparedTopK {
  tiers: PairTiers;
  /** Range r is bounds[r] .. bounds[r + 1] - 1. */
  bounds: Uint32Array;
}

/** The tiers for `minScore` and about `parts` ranges of about equal work: the same on every thread. */
export function prepareTopK(arrays: SearchArrays, minScore: number, parts: number): PreparedTopK {
  const tiers = prepareTiers(arrays, minScore);
  return { tiers, bounds: Uint32Array.from([0, ...balancedRanges(arrays, tiers, parts).map(([, to]) => to)]) };
}
