/// <reference types="node" />
import { linkTableEdgeList, type Partition, type WeightedEdgeList } from "@skills-network/graph";
import type { LinkTable } from "@skills-network/text";
import { runWorker } from "@skills-network/text/parallel";
import type { NetworkOptions } from "../types.js";

/** What the communities worker is given. */
export interface CommunityJob {
  list: WeightedEdgeList;
  resolution: number;
  seed: number;
}

/**
 * The communities of the similarity links, found on a worker thread (Louvain
 * needs only the links, not the graph), so that this thread can build the graph
 * meanwhile. Null when there are too few proposals for a thread to pay, or when
 * the worker fails: the communities are then found on the graph, with the same
 * result.
 */
export function partitionOnWorker(
  table: LinkTable,
  settings: Pick<NetworkOptions, "resolution" | "seed">,
  minProposals: number,
): Promise<Partition | null> {
  if (table.ids.length < minProposals) return Promise.resolve(null);
  const job: CommunityJob = { list: linkTableEdgeList(table), resolution: settings.resolution, seed: settings.seed };
  return runWorker<Partition>({ name: "communities-worker", base: import.meta.url, what: "communities worker", fallback: "buildNetwork" }, job).catch(
    () => null,
  );
}
