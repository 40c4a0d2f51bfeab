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

  // Written in place like the degrees (a merge per organisation would send 80k events at 100k proposals)...
  for (const bridge of organizationBridges(graph)) {
    const attributes = graph.getNodeAttributes(bridge.key);
    if (attributes.kind === "organization") attributes.communitiesBridged = bridge.communities;
  }
  // ...then listeners (a sigma renderer) are told once, with the final values.
  graph.updateEachNodeAttributes((_node, attributes) => attributes);
}

/**
 * Degrees written in place, without events (see `computeMetrics`): one pass over
 * the edges adding to both ends. Walking each node's own edges instead would
 * enumerate the neighbour objects of hubs (a country, a category) with tens of
 * thousands of keys. Each node's weights are added in the order of its edges, as
 * that walk would.
 *
 * Degrees are summed in typed arrays, then written once per node: summed in
 * the attributes, every edge would box a new number for each end (2.4 million
 * short-lived objects at 100k proposals, at the end of the pipeline where its
 * memory peaks). Same edges in the same order, so the same sums to the bit.
 */
function writeDegrees(graph: SkillsGraph, similarOnly: boolean): void {
  // Each node's position is kept in its `degree` until its degree is written: the edge pass then
  // reads it from the attributes it is given, where a map from keys cost two lookups per edge.
  let position = 0;
  graph.forEachNode((_node, attributes) => {
    attributes.degree = position++;
  });
  const degree = new Uint32Array(position);
  const weighted = new Float64Array(position);
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (similarOnly && attributes.kind !== "similar") return;
    const from = sourceAttributes.degree as number;
    degree[from]++;
    weighted[from] += attributes.weight;
    if (source === target) return;
    const to = targetAttributes.degree as number;
    degree[to]++;
    weighted[to] += attributes.weight;
  });
  let at = 0;
  graph.forEachNode((_node, attributes) => {
    attributes.degree = degree[at];
    attributes.weightedDegree = weighted[at++];
    // Stale scores of an earlier run; `delete` only when there is one, as it slows the object down.
    if (attributes.betweenness !== undefined) delete attributes.betweenness;
  });
}
