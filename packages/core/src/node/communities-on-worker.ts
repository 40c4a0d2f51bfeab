/// <reference types="node" />
import { linkTableEdgeList, type WeightedEdgeList } from "@skills-network/graph";
import type { CountRows, LinkTable } from "@skills-network/text";
import { runWorker } from "@skills-network/text/parallel";
import type { CommunitiesFound } from "../stages.js";
import type { NetworkOptions } from "../types.js";

export type { CommunitiesFound };

/** What the communities worker is given. */
export interface CommunityJob {
  list: WeightedEdgeList;
  resolution: number;
  seed: number;
  /** The index's class arrays (`TfIdfIndex.classArrays`), to score the communities' distinctive terms too. */
  naming?: { rows: CountRows; termCount: number; documentLanguages: Uint8Array };
}


/**
 * The communities of the similarity links, found on a worker thread (Louvain
 * needs only the links, not the graph), so that this thread can build the graph
 * meanwhile; with `naming`, their distinctive terms are scored there too. Null
 * when there are too few proposals for a thread to pay, or when the worker
 * fails: the communities are then found on the graph, with the same result.
 */
export function communitiesOnWorker(
  table: LinkTable,
  settings: Pick<NetworkOptions, "resolution" | "seed">,
  minProposals: number,
  naming?: CommunityJob["naming"],
): Promise<CommunitiesFound | null> {
  if (table.ids.length < minProposals) return Promise.resolve(null);
  const job: CommunityJob = { list: linkTableEdgeList(table), resolution: settings.resolution, seed: settings.seed, ...(naming ? { naming } : {}) };
  const script = { name: "communities-worker", base: import.meta.url, what: "communities worker", fallback: "buildNetwork" };
  return runWorker<CommunitiesFound>(script, job).catch(() => null);
}
