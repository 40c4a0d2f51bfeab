import louvainModule from "graphology-communities-louvain";
import type { AbstractGraph as Graph } from "graphology-types";
import { cjsDefault } from "./interop.js";
import { louvainView } from "./louvain-view.js";
import { edgeListModularity } from "./modularity.js";
import { mulberry32 } from "./random.js";
import { connectedParts } from "./split-communities.js";
import { weightedEdgeList, type WeightedEdgeList } from "./weighted-edge-list.js";
import type { LouvainOptions, Partition } from "./types.js";

const louvain = cjsDefault(louvainModule);

export const louvainDefaults: LouvainOptions = {
  resolution: 1,
  // With graphology-communities-louvain 2.0.2 (fast local moves and random walk on),
  // seed 42 finds the classic 4-community split of Zachary's karate club, modularity
  // 0.4188 (the optimum is 0.4198); seeds 1-3 stop at 0.4156, and 147 of seeds 0-199
  // reach 0.4188. See louvain.test.ts.
  seed: 42,
  weightAttribute: "weight",
};

/**
 * Louvain on any weighted undirected graph, made reproducible and usable:
 * a seeded random walk, then every community that is not connected is split into
 * its connected parts (Louvain can leave a community held together only by a node
 * that moved away), then communities are renumbered by size, largest first (ties by
 * smallest member key), and the modularity of this final partition is computed.
 */
export function detectCommunitiesOn(graph: Graph, options: Partial<LouvainOptions> = {}): Partition {
  const settings: LouvainOptions = { ...louvainDefaults, ...options };
  if (graph.directedSize > 0) {
    throw new Error(
      `@skills-network/graph: detectCommunitiesOn needs an undirected graph but this one has ${graph.directedSize} directed edges. Copy it into an undirected graph first.`,
    );
  }
  return partitionEdgeList(weightedEdgeList(graph, settings.weightAttribute), settings);
}

/** `detectCommunitiesOn` for an edge list: no graph to copy, nothing keyed by node but the result. */
export function partitionEdgeList(
  list: WeightedEdgeList,
  settings: Pick<LouvainOptions, "resolution" | "seed">,
): Partition {
  const { nodes } = list;
  if (nodes.length === 0) return { communities: new Map(), members: [], modularity: 0, splitCount: 0 };

  // Keyed by position in the list: the view's nodes are 0..n-1.
  const found = louvain(louvainView(list), {
    resolution: settings.resolution,
    rng: mulberry32(settings.seed),
    getEdgeWeight: "weight",
  });
  const { parts, splitCount } = connectedParts(list, Int32Array.from(nodes, (_node, i) => found[i]));

  const members = parts
    .map((part) => part.map((node) => nodes[node]).sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const communities = new Map<string, number>();
  members.forEach((part, index) => part.forEach((node) => communities.set(node, index)));
  const communityOf = Int32Array.from(nodes, (node) => communities.get(node) as number);
  return { communities, members, modularity: partitionModularity(list, communityOf, members.length), splitCount };
}

/** Standard (resolution 1) weighted modularity, so partitions found at any resolution compare. */
function partitionModularity(list: WeightedEdgeList, communityOf: Int32Array, communityCount: number): number {
  if (list.sources.length === 0) return 0;
  const value = edgeListModularity(list, communityOf, communityCount);
  // All-zero weights leave modularity undefined (0/0); such a partition explains nothing.
  return Number.isFinite(value) ? value : 0;
}
