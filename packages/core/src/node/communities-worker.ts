/// <reference types="node" />
/**
 * Worker thread of `communitiesOnWorker`: Louvain (seeded), connected parts
 * and modularity of one similarity edge list, then, when given the index's
 * class arrays, the distinctive-term scores of each community of two or more
 * (the heavy part of naming them); sends both back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { partitionEdgeList } from "@skills-network/graph";
import { scoreDistinctiveTerms, type ScoredTerms } from "@skills-network/text";
import type { CommunitiesFound, CommunityJob } from "./communities-on-worker.js";

const job = workerData as CommunityJob;
const partition = partitionEdgeList(job.list, job);
let distinctive: ScoredTerms[] | undefined;
if (job.naming !== undefined) {
  const { rows, termCount, documentLanguages } = job.naming;
  const position = new Map(job.list.nodes.map((node, index) => [node, index]));
  // The groups detectCommunities names: the parts of two or more, in order, members in key order.
  const groups = partition.members.filter((members) => members.length > 1).map((members) => members.map((node) => position.get(node) as number));
  distinctive = scoreDistinctiveTerms(rows, termCount, groups, documentLanguages);
}
const found: CommunitiesFound = distinctive === undefined ? { partition } : { partition, distinctive };
parentPort!.postMessage(found, (distinctive ?? []).flatMap(({ terms, scores }) => [terms.buffer as ArrayBuffer, scores.buffer as ArrayBuffer]));
