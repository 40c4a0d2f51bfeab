/// <reference types="node" />
/**
 * Worker thread of `TextWorkers`: does the jobs it is sent (`runBuildJob`),
 * one answer each (two for top-k), in order, until ended. For `buildIndexParallel` it reads
 * chunks of documents from the back of the taking order until it meets the
 * calling thread and sends back what it read (arrays moved, not copied), then
 * does the steps of the build that run by range; for `neighbourTableParallel`
 * it prepares top-k (answering with the tiers and ranges first) and scores the
 * top-k lists of the ranges of queries it takes, then explains links.
 */
import { parentPort } from "node:worker_threads";
import { runBuildJob, type BuildJob, type RunnerState } from "./build-jobs.js";

const state: RunnerState = { early: null, read: null, rows: null, post: (message) => parentPort!.postMessage(message) };
parentPort!.on("message", (job: BuildJob) => {
  const { result, moved } = runBuildJob(job, state);
  parentPort!.postMessage(result, moved);
});
