import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import { cjsDefault } from "./interop.js";
import { organizationBridges } from "./bridges.js";
import { similaritySubgraph } from "./similarity-subgraph.js";
import type { MetricsOptions, SkillsGraph } from "./types.js";

const betweennessCentrality = cjsDefault(betweennessModule);

export const metricsDefaults: MetricsOptions = {
  betweenness: true,
  similarOnly: false,
};

/**
 * Writes on the graph's nodes:
 * - `degree` and `weightedDegree` (sum of edge weights; structural edges weigh 1),
 *   over all edges or, with `similarOnly`, over `similar` edges only;
 * - `betweenness` (normalised) on proposal nodes, computed on the proposal-similarity
 *   subgraph: on the whole graph, hubs such as `country:FR` or a category would
 *   carry every shortest path, while the question is which proposals bridge ideas.
 *   A step along a similar edge costs 1 / cosine, so strong similarities are short.
 *   Other nodes get no betweenness;
 * - `communitiesBridged` on organisation nodes (see `organizationBridges`).
 */
export function computeMetrics(graph: SkillsGraph, options: Partial<MetricsOptions> = {}): void {
  const settings: MetricsOptions = { ...metricsDefaults, ...options };
  writeDegrees(graph, settings.similarOnly);
  if (settings.betweenness) {
    const scores = betweennessCentrality(similaritySubgraph(graph), {
      getEdgeWeight: (_edge, attributes) => 1 / Math.max(attributes.weight as number, Number.EPSILON),
      normalized: true,
    });
    for (const [node, score] of Object.entries(scores)) graph.setNodeAttribute(node, "betweenness", score);
  }

  for (const bridge of organizationBridges(graph)) {
    graph.mergeNodeAttributes(bridge.key, { communitiesBridged: bridge.communities });
  }
}

/** Degrees written in place, one pass over each node's edges (no per-edge allocation: this runs on 100k-node graphs). */
function writeDegrees(graph: SkillsGraph, similarOnly: boolean): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    let degree = 0;
    let weightedDegree = 0;
    graph.forEachEdge(node, (_edge, edgeAttributes) => {
      if (similarOnly && edgeAttributes.kind !== "similar") return;
      degree++;
      weightedDegree += edgeAttributes.weight;
    });
    attributes.degree = degree;
    attributes.weightedDegree = weightedDegree;
    // Stale scores of an earlier run; `delete` only when there is one, as it slows the object down.
    if (attributes.betweenness !== undefined) delete attributes.betweenness;
    return attributes;
  });
}
