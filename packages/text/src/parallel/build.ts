/// <reference types="node" />
import { availableParallelism } from "node:os";
import { checkIds, indexFromScan } from "../build-index.js";
import { CorpusScanner } from "../corpus-scanner.js";
import { requireCount, resolveIndexOptions } from "../options.js";
import type { TfIdfIndex } from "../similarity-index.js";
import type { IndexOptions, TextDocument } from "../types.js";
import { createClaims, planChunks } from "./chunks.js";
import type { ScanJob, ScanResult } from "./messages.js";
import { mergeReads, readFromFront } from "./read-chunks.js";
import { runWorker } from "./run-worker.js";

export interface BuildParallelOptions {
  /** Threads to use, the calling one included; 1 runs `buildIndex` as is. */
  threads: number;
  /** Below this many documents per thread, starting a worker costs more than it saves. */
  minDocumentsPerThread: number;
  /**
   * The largest share of the documents the workers may read (they are sent
   * these documents, copied, before reading starts).
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
 * thread read, in the documents' order. The index is the one `buildIndex`
 * makes, exactly, whoever read what; the rest of the build runs in this thread.
 */
export async function buildIndexParallel(
  docs: readonly TextDocument[],
  options: Partial<IndexOptions> = {},
  parallel: Partial<BuildParallelOptions> = {},
): Promise<TfIdfIndex> {
  const resolved = resolveIndexOptions(options);
  const ids = checkIds(docs);
  const { threads, minDocumentsPerThread, workerShare } = { ...buildParallelDefaults, ...parallel };
  requireCount("threads", threads);
  const workers = Math.min(threads, Math.floor(docs.length / Math.max(1, minDocumentsPerThread))) - 1;
  const plan = planChunks(docs, CHUNKS_PER_THREAD * Math.max(1, workers + 1));
  const chunkCount = plan.chunkStart.length - 1;
  const claims = createClaims(chunkCount);
  const firstChunk = Math.min(chunkCount, Math.ceil(chunkCount * (1 - Math.min(1, Math.max(0, workerShare)))));
  const shared = workers > 0 && firstChunk < chunkCount ? sharedDocs(docs, plan.order.subarray(plan.chunkStart[firstChunk])) : [];
  // Workers start first, so that they read while this thread reads.
  const results: Promise<ScanResult>[] = [];
  for (let w = 0; w < workers && shared.length > 0; w++) {
    const job: ScanJob = { docs: shared, chunkStart: plan.chunkStart, firstChunk, claims, phrases: resolved.phrases, keywordBoost: resolved.keywordBoost };
    results.push(runWorker<ScanResult>(SCAN_WORKER, job));
  }

  const scanner = new CorpusScanner(resolved.phrases);
  const own = readFromFront(docs, plan, claims, scanner, resolved.keywordBoost);
  mergeReads(scanner, own, await Promise.all(results), plan);
  return indexFromScan(docs, resolved, ids, scanner);
}

/** What a worker needs of the documents at the given indices. */
function sharedDocs(docs: readonly TextDocument[], indices: Int32Array): ScanJob["docs"] {
  return Array.from(indices, (i) => ({ text: docs[i].text, language: docs[i].language, keywords: docs[i].keywords }));
}
