import type { PairTiers } from "../all-pairs.js";
import type { SearchArrays } from "../topk.js";

/** What a worker is given: the index arrays (shared memory when possible) and its range of documents. */
export interface PairJob {
  arrays: SearchArrays;
  tiers: PairTiers;
  from: number;
  to: number;
  k: number;
}

/** What a worker sends back: its NeighbourLists arrays. */
export interface PairResult {
  docs: Uint32Array;
  scores: Float64Array;
  sizes: Uint32Array;
}
