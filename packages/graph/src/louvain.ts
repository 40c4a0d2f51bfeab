import louvainModule from "graphology-communities-louvain";
import modularityModule from "graphology-metrics/graph/modularity.js";
import type { AbstractGraph as Graph } from "graphology-types";
import { cjsDefault } from "./interop.js";
import { mulberry32 } from "./random.js";
import { connectedParts } from "./split-communities.js";
import type { LouvainOptions, Partition } from "./types.js";

const louvain = cjsDefault(louvainModule);
const modularity = cjsDefault(modularityModule);

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
  if (graph.order === 0) return { communities: new Map(), members: [], modularity: 0, splitCount: 0 };

  const found = louvain(graph, {
    resolution: settings.resolution,
    rng: mulberry32(settings.seed),
    getEdgeWeight: settings.weightAttribute,
  });
  const { parts, splitCount } = connectedParts(graph, found);
  const members = parts
    .map((part) => part.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const communities = new Map<string, number>();
  members.forEach((part, index) => part.forEach((node) => communities.set(node, index)));
  return { communities, members, modularity: partitionModularity(graph, communities, settings), splitCount };
}

/** Standard (resolution 1) weighted modularity, so partitions found at any resolution compare. */
function partitionModularity(graph: Graph, communities: Map<string, number>, settings: LouvainOptions): number {
  if (graph.size === 0) return 0;
  const value = modularity(graph, {
    getNodeCommunity: (node: string) => communities.get(node) as number,
    getEdgeWeight: settings.weightAttribute,
  });
  // All-zero weights leave modularity undefined (0/0); such a partition explains nothing.
  return Number.isFinite(value) ? value : 0;
}
