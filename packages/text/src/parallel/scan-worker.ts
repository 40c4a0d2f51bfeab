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
  const { part, positions } = readFromBack(job, (i) => sharedDocument(job.texts, i));
  // The sequence stays here, to be laid out with the others' (`place-sequence`); the rest moves.
  const state: RunnerState = { read: { documentStart: part.documentStart, sequence: part.sequence }, rows: null };
  const sent: ScanResult = { part: { ...part, documentStart: part.documentStart.slice(), sequence: new Int32Array(0) }, positions };
  parentPort!.postMessage(sent, [sent.part.documentStart, part.itemWord, part.itemSurface, part.itemSeen, part.wordFrequency, positions].map((array) => array.buffer as ArrayBuffer));
  parentPort!.on("message", (next: BuildJob) => {
    const { result, moved } = runBuildJob(next, state);
    parentPort!.postMessage(result, moved);
  });
} else {
  const result = readFromBack(job);
  const { part, positions } = result;
  const moved = [part.documentStart, part.sequence, part.itemWord, part.itemSurface, part.itemSeen, part.wordFrequency, positions];
  parentPort!.postMessage(result, moved.map((array) => array.buffer as ArrayBuffer));
}
