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
import type { EarlyReads } from "./early-reads.js";
import { textError } from "../errors.js";
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
  /**
   * Documents handed to the first of `workers` while the input was parsed:
   * they must be the first documents given, in order. The worker goes on
   * from what it read of them.
   */
  early?: EarlyReads;
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
  const { threads, minDocumentsPerThread, workerShare, workers: given, early } = { ...buildParallelDefaults, ...parallel };
  requireCount("threads", threads);
  const share = Math.min(1, Math.max(0, workerShare));
  const workers = share > 0 ? Math.max(0, Math.min(threads, Math.floor(docs.length / Math.max(1, minDocumentsPerThread))) - 1) : 0;
  const read = early === undefined ? 0 : earlyDocuments(early, docs, resolved, given);
  // Workers start first (unless given, started earlier): they load their code while this thread plans the reading,
  // then read while it reads; they stay for the steps that run by range.
  return withTextWorkers(given, read > 0 ? Math.max(1, workers) : workers, async (sessions) => {
    const ids = checkIds(docs);
    const plan = planChunks(docs, CHUNKS_PER_THREAD * (sessions.length + 1), read);
    const chunkCount = plan.chunkStart.length - 1;
    // The documents read early are the last chunk, taken already.
    const earlyChunks = read > 0 ? 1 : 0;
    const claims = createClaims(chunkCount, earlyChunks);
    const otherChunks = chunkCount - earlyChunks;
    const firstChunk = Math.min(otherChunks, Math.ceil(otherChunks * (1 - share)));
    // Nothing left for the workers to read (and none read early): this thread does it all.
    const readers = firstChunk === otherChunks && read === 0 ? [] : sessions;
    if (readers.length > 0) startReading(readers, docs, plan, firstChunk, claims, resolved, read);
    // The terms of the words the worker read early: this thread reads them without stemming them again.
    await early?.settled();
    const scanner = new CorpusScanner(resolved.phrases);
    const own = readFromFront(docs, plan, claims, scanner, resolved.keywordBoost);
    await mergeOnThreads(scanner, own, await Promise.all(readers.map((session) => session.next<ScanResult>())), plan, readers);
    return indexOnThreads(docs, resolved, ids, scanner, readers);
  });
}

/** Closes `early` and checks that it fits: the same options, its worker the first of `workers`, its documents the first of `docs`. */
function earlyDocuments(early: EarlyReads, docs: readonly TextDocument[], options: IndexOptions, workers: TextWorkers | undefined): number {
  early.askTerms();
  const { documents, ids } = early.close();
  if (workers?.take(1)[0] !== early.worker) {
    throw textError("EarlyReads read on a worker the build was not given. Give buildIndexParallel the TextWorkers the EarlyReads was made with.");
  }
  if (early.options.phrases !== options.phrases || early.options.keywordBoost !== options.keywordBoost) {
    throw textError("EarlyReads read with other options (phrases, keywordBoost) than the build's. Make it with the build's options.");
  }
  for (let i = 0; i < documents; i++) {
    if (docs[i]?.id !== ids[i]) {
      throw textError(`document ${i} is "${docs[i]?.id}", but EarlyReads was given "${ids[i]}" there. Give buildIndexParallel the documents EarlyReads was given first, in order.`);
    }
  }
  return documents;
}

/**
 * Sends the workers the documents they may read (from `firstChunk` on, but
 * the `early` ones the first worker read already), in shared memory. Apart so
 * that no variable of the build holds them: they are garbage once the
 * workers have read them.
 */
function startReading(sessions: readonly WorkerSession[], docs: readonly TextDocument[], plan: ChunkPlan, firstChunk: number, claims: ChunkClaims, options: IndexOptions, early: number): void {
  const others = plan.order.length - early;
  const texts = shareTexts(docs, plan.order.subarray(Math.min(plan.chunkStart[firstChunk], others), others));
  const job: BuildJob = { kind: "read", docs: [], texts, chunkStart: plan.chunkStart, firstChunk, claims, phrases: options.phrases, keywordBoost: options.keywordBoost };
  sessions.forEach((session, s) => session.send(s === 0 && early > 0 ? { ...job, early: { documents: early, at: others } } : job));
}
