/// <reference types="node" />
import { availableParallelism } from "node:os";
import { checkIds } from "../build-index.js";
import { CorpusScanner } from "../corpus-scanner.js";
import { requireCount, resolveIndexOptions } from "../options.js";
import type { TfIdfIndex } from "../similarity-index.js";
import type { IndexOptions, TextDocument } from "../types.js";
import { createClaims, planChunks, type ChunkClaims, type ChunkPlan } from "./chunks.js";
import type { ScanResult } from "./messages.js";
import { mergeOnThreads } from "./merge-on-threads.js";
import { readFromFront } from "./read-chunks.js";
import type { BuildJob } from "./build-jobs.js";
import { indexOnThreads } from "./ranged-build.js";
import { shareTexts } from "./shared-texts.js";
import { withTextWorkers, type TextWorkers } from "./text-workers.js";
import type { WorkerSession } from "./worker-session.js";

export interface BuildParallelOptions {
  /** Threads to use, the calling one included; 1 runs `buildIndex` as is. */
  threads: number;
  /** Below this many documents per thread, starting a worker costs more than it saves. */
  minDocumentsPerThread: number;
  /**
   * The largest share of the documents the workers may read (these documents
   * are written to shared memory before reading starts).
   */
  workerShare: number;
  /**
   * Workers started ahead (see `TextWorkers`), used instead of starting new
   * ones and left running; at most `threads - 1` of them are used.
   */
  workers?: TextWorkers;
}

export const buildParallelDefaults: BuildParallelOptions = {
  threads: availableParallelism(),
  minDocumentsPerThread: 2000,
  workerShare: 0.6,
};

/** Chunks per thread: enough for threads to end close together, few enough to cost nothing. */
const CHUNKS_PER_THREAD = 64;

/**
 * `buildIndex` with the reading of the documents (tokenising, stemming: most
 * of its time) shared between threads. The documents are cut into chunks (see
 * `planChunks`); this thread reads chunks from the front while workers read
 * chunks from the back, and what the workers read is appended to what this
 * thread read, in the documents' order. The workers then stay for the steps
 * of the build that run by range (`indexOnThreads`). The index is the one
 * `buildIndex` makes, exactly, whoever did what.
 */
export async function buildIndexParallel(
  docs: readonly TextDocument[],
  options: Partial<IndexOptions> = {},
  parallel: Partial<BuildParallelOptions> = {},
): Promise<TfIdfIndex> {
  const resolved = resolveIndexOptions(options);
  const { threads, minDocumentsPerThread, workerShare, workers: given } = { ...buildParallelDefaults, ...parallel };
  requireCount("threads", threads);
  const share = Math.min(1, Math.max(0, workerShare));
  const workers = share > 0 ? Math.max(0, Math.min(threads, Math.floor(docs.length / Math.max(1, minDocumentsPerThread))) - 1) : 0;
  // Workers start first (unless given, started earlier): they load their code while this thread plans the reading,
  // then read while it reads; they stay for the steps that run by range.
  return withTextWorkers(given, workers, async (sessions) => {
    const ids = checkIds(docs);
    const plan = planChunks(docs, CHUNKS_PER_THREAD * (sessions.length + 1));
    const chunkCount = plan.chunkStart.length - 1;
    const claims = createClaims(chunkCount);
    const firstChunk = Math.min(chunkCount, Math.ceil(chunkCount * (1 - share)));
    // Nothing left for the workers to read: this thread does it all.
    const readers = firstChunk === chunkCount ? [] : sessions;
    if (readers.length > 0) startReading(readers, docs, plan, firstChunk, claims, resolved);
    const scanner = new CorpusScanner(resolved.phrases);
    const own = readFromFront(docs, plan, claims, scanner, resolved.keywordBoost);
    await mergeOnThreads(scanner, own, await Promise.all(readers.map((session) => session.next<ScanResult>())), plan, readers);
    return indexOnThreads(docs, resolved, ids, scanner, readers);
  });
}

/**
 * Sends the workers the documents they may read (from `firstChunk` on), in
 * shared memory. Apart so that no variable of the build holds them: they are
 * garbage once the workers have read them.
 */
function startReading(sessions: readonly WorkerSession[], docs: readonly TextDocument[], plan: ChunkPlan, firstChunk: number, claims: ChunkClaims, options: IndexOptions): void {
  const texts = shareTexts(docs, plan.order.subarray(plan.chunkStart[firstChunk]));
  const job: BuildJob = { kind: "read", docs: [], texts, chunkStart: plan.chunkStart, firstChunk, claims, phrases: options.phrases, keywordBoost: options.keywordBoost };
  for (const session of sessions) session.send(job);
}
