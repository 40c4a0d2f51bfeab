/**
 * @skills-network/text/arrays: what works on an index's arrays alone (top-k
 * lists, scoring their pairs, the distinctive terms of groups), without the
 * language pipeline (tokenisers, stemmers, stopword lists) the main entry
 * loads. For worker threads handed an index's arrays: they start in a
 * fraction of the time.
 */
export { NeighbourLists } from "./neighbour-lists.js";
export { linksOfTable, linkTableOf, type LinkTableInput } from "./link-table.js";
export { scoreDistinctiveTerms, type ScoredTerms } from "./distinctive.js";
export type { CountRows } from "./class-sums.js";
export type { CsrMatrix, SearchArrays } from "./topk.js";
export type { LinkTable, SharedTerm, SimilarityLink } from "./types.js";
