/// <reference types="node" />
/**
 * Worker thread of `partitionOnWorker`: Louvain (seeded), connected parts and
 * modularity of one similarity edge list; sends the partition back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { partitionEdgeList } from "@skills-network/graph";
import type { CommunityJob } from "./partition-on-worker.js";

const job = workerData as CommunityJob;
parentPort!.postMessage(partitionEdgeList(job.list, job));
