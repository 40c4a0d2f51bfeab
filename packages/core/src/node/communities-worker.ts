/// <reference types="node" />
/**
 * Worker thread of `CommunitiesWorker`: waits for one job, then Louvain
 * (seeded), connected parts and modularity of the similarity links it is
 * given and, when given the index's class arrays, the distinctive-term scores
 * of each community of two or more (the heavy part of naming them); sends
 * both back.
 */
import { parentPort } from "node:worker_threads";
// The narrow entries: this worker starts without the language pipeline, the graph builders and the records.
import { linkTableEdgeList, partitionEdgeList } from "@skills-network/graph/edge-lists";
import { scoreDistinctiveTerms, type ScoredTerms } from "@skills-network/text/arrays";
import type { CommunitiesFound, CommunityJob } from "./communities-on-worker.js";

parentPort!.once("message", (job: CommunityJob) => {
  const list = linkTableEdgeList(job.links);
  const partition = partitionEdgeList(list, job);
  let distinctive: ScoredTerms[] | undefined;
  if (job.naming !== undefined) {
    const { rows, termCount, documentLanguages } = job.naming;
    const position = new Map(list.nodes.map((node, index) => [node, index]));
    // The groups detectCommunities names: the parts of two or more, in order, members in key order.
    const groups = partition.members.filter((members) => members.length > 1).map((members) => members.map((node) => position.get(node) as number));
    distinctive = scoreDistinctiveTerms(rows, termCount, groups, documentLanguages);
  }
  const found: CommunitiesFound = distinctive === undefined ? { partition } : { partition, distinctive };
  parentPort!.postMessage(found, (distinctive ?? []).flatMap(({ terms, scores }) => [terms.buffer as ArrayBuffer, scores.buffer as ArrayBuffer]));
});
