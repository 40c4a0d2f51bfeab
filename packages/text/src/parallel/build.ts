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
import type { StayingScanJob } from "./build-jobs.js";
import { indexOnThreads } from "./ranged-build.js";
import { shareTexts } from "./shared-texts.js";
import { WorkerSession } from "./worker-session.js";

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
}

export const buildParallelDefaults: BuildParallelOptions = {
  threads: availableParallelism(),
  minDocumentsPerThread: 2000,
  workerShare: 0.6,
};

/** Chunks per thread: enough for threads to end close together, few enough to cost nothing. */
const CHUNKS_PER_THREAD = 64;

const SCAN_WORKER = { name: "scan-worker", what: "buildIndex worker", fallback: "buildIndex" };

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
  const { threads, minDocumentsPerThread, workerShare } = { ...buildParallelDefaults, ...parallel };
  requireCount("threads", threads);
  const workers = Math.min(threads, Math.floor(docs.length / Math.max(1, minDocumentsPerThread))) - 1;
  const share = Math.min(1, Math.max(0, workerShare));
  // Workers start first: they load their code while this thread plans the reading, then read while it reads; they stay for the steps that run by range.
  const sessions = share > 0 ? Array.from({ length: Math.max(0, workers) }, () => new WorkerSession(SCAN_WORKER, null)) : [];
  try {
    const ids = checkIds(docs);
    const plan = planChunks(docs, CHUNKS_PER_THREAD * Math.max(1, workers + 1));
    const chunkCount = plan.chunkStart.length - 1;
    const claims = createClaims(chunkCount);
    const firstChunk = Math.min(chunkCount, Math.ceil(chunkCount * (1 - share)));
    if (firstChunk === chunkCount) for (const session of sessions.splice(0)) session.end();
    if (sessions.length > 0) startReading(sessions, docs, plan, firstChunk, claims, resolved);
    const scanner = new CorpusScanner(resolved.phrases);
    const own = readFromFront(docs, plan, claims, scanner, resolved.keywordBoost);
    await mergeOnThreads(scanner, own, await Promise.all(sessions.map((session) => session.next<ScanResult>())), plan, sessions);

    return await indexOnThreads(docs, resolved, ids, scanner, sessions);
  } finally {
    for (const session of sessions) session.end();
  }
}

/**
 * Sends the workers the documents they may read (from `firstChunk` on), in
 * shared memory. Apart so that no variable of the build holds them: they are
 * garbage once the workers have read them.
 */
function startReading(sessions: readonly WorkerSession[], docs: readonly TextDocument[], plan: ChunkPlan, firstChunk: number, claims: ChunkClaims, options: IndexOptions): void {
  const texts = shareTexts(docs, plan.order.subarray(plan.chunkStart[firstChunk]));
  const job: StayingScanJob = { docs: [], texts, chunkStart: plan.chunkStart, firstChunk, claims, phrases: options.phrases, keywordBoost: options.keywordBoost, stay: true };
  for (const session of sessions) session.send(job);
}
