/**
 * @skills-network/graph/edge-lists: communities (seeded Louvain, connected
 * parts, modularity) of a flat weighted edge list, without the graph
 * builders, metrics and record types the main entry loads. For worker
 * threads handed the links: they start in a fraction of the time.
 */
export { louvainDefaults, partitionEdgeList } from "./louvain.js";
export { linkTableEdgeList, similarityEdgeList, type WeightedEdgeList } from "./weighted-edge-list.js";
export type { LouvainOptions, Partition } from "./types.js";
