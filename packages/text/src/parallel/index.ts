/// <reference types="node" />
/**
 * @skills-network/text/parallel (Node only): `index.neighbours` on several
 * threads. The documents are split into ranges of about equal work; each range
 * runs `allPairsTopK` in a worker thread over the same index arrays (shared
 * memory, not copied), one range in the calling thread, and the lists are
 * merged. The result is exactly that of `index.neighbours`.
 *
 * `buildIndexParallel` builds an index (the same as `buildIndex`) reading parts
 * of the documents in worker threads.
 *
 * Both start their workers, or use `TextWorkers` started ahead of them.
 */
import { availableParallelism } from "node:os";
import { allPairsTopK, allPairsTopKClaimed, prepareTiers } from "../all-pairs.js";
import { NeighbourLists } from "../neighbour-lists.js";
import { checkSearchOptions, requireCount } from "../options.js";
import { TfIdfIndex } from "../similarity-index.js";
import { copyLinkRows, fillLinkRows, linkRowsFor, linksOfTable, pairsOf, splitByPairs, uniquePairs, type LinkRows, type LinkRowsPart } from "../link-table.js";
import type { LinkTable, NeighbourOptions, SimilarityIndex, SimilarityLink } from "../types.js";
import type { BuildJob } from "./build-jobs.js";
import type { PairResult } from "./messages.js";
import type { PreparedTopK } from "./ranges.js";
import { withTextWorkers, type TextWorkers } from "./text-workers.js";
import type { WorkerSession } from "./worker-session.js";

export interface ParallelOptions {
  /** Threads to use, the calling one included; 1 runs `index.neighbours` as is. */
  threads: number;
  /** Below this many documents per thread, starting workers costs more than it saves. */
  minDocumentsPerThread: number;
  /**
   * Other work for the calling thread, done right after the workers start and
   * before this thread takes ranges too: work that does not need the links
   * then overlaps with scoring them, and no thread waits for another.
   */
  meanwhile?: () => void;
  /**
   * Called with every document's merged top-k lists before the links are
   * explained (the explaining is most of what is left): e.g. to free what
   * only searches use.
   */
  onLists?: (lists: NeighbourLists) => void;
  /**
   * Workers started ahead (see `TextWorkers`), used instead of starting new
   * ones and left running; at most `threads - 1` of them are used.
   */
  workers?: TextWorkers;
}

export const parallelDefaults: ParallelOptions = {
  threads: availableParallelism(),
  minDocumentsPerThread: 1000,
};

/**
 * Every document's top-k neighbours with score >= minScore as undirected links:
 * the same links, scores and order as `index.neighbours(options)`, computed on
 * `threads` threads. An index not made by `buildIndex` is handled by its own
 * `neighbours`.
 */
export async function neighboursParallel(
  index: SimilarityIndex,
  options: NeighbourOptions,
  parallel: Partial<ParallelOptions> = {},
): Promise<SimilarityLink[]> {
  checkSearchOptions(options);
  if (!(index instanceof TfIdfIndex)) return index.neighbours(options);
  return linksOfTable(await neighbourTableParallel(index, options, parallel));
}

/** `index.neighbourTable(options)` (the same table) computed on `threads` threads. */
export async function neighbourTableParallel(
  index: SimilarityIndex,
  options: NeighbourOptions,
  parallel: Partial<ParallelOptions> = {},
): Promise<LinkTable> {
  checkSearchOptions(options);
  const { threads, minDocumentsPerThread, meanwhile, onLists, workers } = { ...parallelDefaults, ...parallel };
  requireCount("threads", threads);
  const useful = Math.min(threads, Math.floor(index.ids.length / Math.max(1, minDocumentsPerThread)));
  if (!(index instanceof TfIdfIndex)) {
    meanwhile?.();
    return index.neighbourTable(options);
  }
  if (useful <= 1 || options.k === 0) {
    const lists = listsHere(index, options, meanwhile);
    onLists?.(lists);
    return index.linkTable(lists, options.minScore);
  }
  return withTextWorkers(workers, useful - 1, async (sessions) => {
    const lists = await listsOnThreads(index, options, sessions, meanwhile);
    // What made the lists (tiers, claims, the workers' jobs) is garbage by now: `onLists` may free more
    // (the inverted index: the links are explained from the vectors) before the table is made.
    onLists?.(lists);
    return linkTableOnThreads(index, lists, options.minScore, sessions);
  });
}

function listsHere(index: TfIdfIndex, options: NeighbourOptions, meanwhile: (() => void) | undefined): NeighbourLists {
  meanwhile?.();
  const arrays = index.searchArrays;
  return allPairsTopK(arrays, prepareTiers(arrays, options.minScore), 0, index.ids.length, options.k);
}

/**
 * Every document's top-k lists, scored on this thread and the workers of
 * `sessions`, merged. The workers prepare the tiers and ranges (the same on
 * each) while this thread does its other work, and answer with them before
 * scoring, so that this thread takes ranges too without preparing them.
 */
async function listsOnThreads(index: TfIdfIndex, options: NeighbourOptions, sessions: readonly WorkerSession[], meanwhile: (() => void) | undefined): Promise<NeighbourLists> {
  // Workers given that are none (`new TextWorkers(0)`): this thread prepares and scores alone.
  if (sessions.length === 0) return listsHere(index, options, meanwhile);
  const arrays = index.searchArrays;
  // Many ranges, taken in turn: threads end together even when the cost estimate is off.
  const taken = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const job: BuildJob = { kind: "top-k", arrays, prepare: { minScore: options.minScore, ranges: (sessions.length + 1) * CHUNKS_PER_THREAD }, taken, k: options.k };
  for (const session of sessions) session.send(job);
  meanwhile?.();
  const [{ tiers, bounds }] = await Promise.all(sessions.map((session) => session.next<PreparedTopK>()));
  const lists = allPairsTopKClaimed(arrays, tiers, { bounds, taken }, options.k);
  for (const result of await Promise.all(sessions.map((session) => session.next<PairResult>()))) lists.merge(new NeighbourLists(options.k, arrays.rank, result));
  return lists;
}

/**
 * `index.linkTable(lists, minScore)`, the links explained on this thread and
 * the workers of `sessions`, each a range of sources with about as many pairs;
 * the workers' rows are copied into the table and the labels put on here.
 */
async function linkTableOnThreads(index: TfIdfIndex, lists: NeighbourLists, minScore: number, sessions: readonly WorkerSession[]): Promise<LinkTable> {
  const vectors = index.linkVectors;
  const pairs = uniquePairs(lists, vectors.rank);
  const bounds = splitByPairs(pairs, sessions.length + 1);
  sessions.forEach((session, i) => session.send({ kind: "link-rows", vectors, pairs, minScore, from: bounds[i + 1], to: bounds[i + 2] } satisfies BuildJob));
  const rows = linkRowsFor(pairs.target.length, vectors.explainTerms);
  const own = fillLinkRows(vectors, pairs, minScore, bounds[0], bounds[1], rows);
  const theirs = await Promise.all(sessions.map((session) => session.next<{ rows: LinkRows; part: LinkRowsPart }>()));
  const parts = theirs.map(({ rows: filled, part }, i) => copyLinkRows(rows, filled, part, pairsOf(pairs, 0, bounds[i + 1]), vectors.explainTerms));
  return index.finishLinkTable(rows, [own, ...parts]);
}

/** Ranges of queries per thread: enough for threads to end within a range of each other. */
const CHUNKS_PER_THREAD = 16;

export { buildIndexParallel, buildParallelDefaults, type BuildParallelOptions } from "./build.js";
export { runWorker, startWorker, type WorkerScript } from "./run-worker.js";
export { WorkerSession } from "./worker-session.js";
export { TextWorkers } from "./text-workers.js";
export { EarlyReads, earlyReadsDefaults, type EarlyReadsOptions } from "./early-reads.js";
