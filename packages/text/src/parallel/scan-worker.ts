/// <reference types="node" />
/**
 * Worker thread of `buildIndexParallel`: reads chunks of documents from the
 * back of the taking order until it meets the calling thread (`readFromBack`)
 * and sends back what it read (arrays moved, not copied).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ScanJob } from "./messages.js";
import { readFromBack } from "./read-chunks.js";

const result = readFromBack(workerData as ScanJob);
const { part, positions } = result;
const moved = [part.documentStart, part.sequence, part.itemWord, part.itemSurface, part.itemSeen, part.wordFrequency, positions];
parentPort!.postMessage(result, moved.map((array) => array.buffer as ArrayBuffer));
