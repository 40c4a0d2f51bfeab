/// <reference types="node" />
/**
 * Worker thread of `buildIndexParallel`: reads chunks of documents from the
 * back of the taking order until it meets the calling thread (`readFromBack`)
 * and sends back what it read (arrays moved, not copied). Given its documents
 * in shared memory, it stays and does the jobs it is sent (`runBuildJob`),
 * one answer each, until ended.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runBuildJob, type BuildJob, type RunnerState, type StayingScanJob } from "./build-jobs.js";
import type { ScanJob, ScanResult } from "./messages.js";
import { readFromBack } from "./read-chunks.js";
import { sharedDocument } from "./shared-texts.js";

// Started ahead of its job (no workerData), it waits for it.
const job = ((workerData as ScanJob | null) ?? (await new Promise((resolve) => parentPort!.once("message", resolve)))) as ScanJob | StayingScanJob;
if ("texts" in job) {
  stay(readShared(job as StayingScanJob));
} else {
  const result = readFromBack(job);
  const { part, positions } = result;
  const moved = [part.documentStart, part.sequence, part.itemWord, part.itemSurface, part.itemSeen, part.wordFrequency, positions];
  parentPort!.postMessage(result, moved.map((array) => array.buffer as ArrayBuffer));
}

/**
 * Reads, sends back what it read but its sequence (laid out with the others'
 * by `place-sequence`), and lets go of the documents: nothing here holds them
 * once read, so that they are freed while the build goes on.
 */
function readShared(job: StayingScanJob): RunnerState {
  const { texts } = job;
  // The module's `job` stays: it must not keep the documents.
  (job as Partial<StayingScanJob>).texts = undefined;
  const { part, positions } = readFromBack(job, (i) => sharedDocument(texts, i));
  const sent: ScanResult = { part: { ...part, documentStart: part.documentStart.slice(), sequence: new Int32Array(0) }, positions };
  parentPort!.postMessage(sent, [sent.part.documentStart, part.itemWord, part.itemSurface, part.itemSeen, part.wordFrequency, positions].map((array) => array.buffer as ArrayBuffer));
  return { read: { documentStart: part.documentStart, sequence: part.sequence }, rows: null };
}

/** Does the jobs it is sent, one answer each, until ended. */
function stay(state: RunnerState): void {
  parentPort!.on("message", (next: BuildJob) => {
    const { result, moved } = runBuildJob(next, state);
    parentPort!.postMessage(result, moved);
  });
}
