/// <reference types="node" />
/**
 * Worker thread of `neighboursParallel`: runs `allPairsTopK` on the ranges of
 * documents it takes, over the shared index arrays and sends its lists back (moved, not
 * copied).
 */
import { parentPort, workerData } from "node:worker_threads";
import { allPairsTopKClaimed } from "../all-pairs.js";
import type { PairJob, PairResult } from "./messages.js";

const job = workerData as PairJob;
const lists = allPairsTopKClaimed(job.arrays, job.tiers, job.chunks, job.k);
const result: PairResult = { docs: lists.docs, scores: lists.scores, sizes: lists.sizes };
// The lists live in plain (not shared) memory, so they can be moved.
parentPort!.postMessage(result, [lists.docs.buffer as ArrayBuffer, lists.scores.buffer as ArrayBuffer, lists.sizes.buffer as ArrayBuffer]);
