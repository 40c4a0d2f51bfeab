import { UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { SkillsGraph } from "./types.js";

/** Weight of a similar edge; the only attribute the similarity subgraph keeps. */
export interface SimilarityWeight {
  weight: number;
}

/**
 * The proposal-similarity subgraph: every proposal node (in graph order, without
 * attributes) and the `similar` edges between them, weighted by cosine.
 * Betweenness is computed on it (and communities on the same nodes and edges, as a
 * `similarityEdgeList`), not on the whole graph, whose country and category hubs
 * would otherwise tie everything together.
 */
export function similaritySubgraph(graph: SkillsGraph): AbstractGraph<Record<string, never>, SimilarityWeight> {
  const subgraph = new UndirectedGraph<Record<string, never>, SimilarityWeight>({ allowSelfLoops: false });
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "proposal") subgraph.addNode(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.kind === "similar") subgraph.addEdgeWithKey(edge, source, target, { weight: attributes.weight });
  });
  return subgraph;
}
