import type { AbstractGraph as Graph } from "graphology-types";
import type { LinkTable } from "@skills-network/text";
import { proposalKey } from "./keys.js";
import type { SkillsGraph } from "./types.js";

/**
 * A weighted undirected graph as flat arrays: edge `i` joins `nodes[sources[i]]`
 * and `nodes[targets[i]]` with weight `weights[i]`. Nodes and edges keep the order
 * of the graph they come from, which Louvain's visiting order and every float sum
 * depend on. Community detection works on this instead of a graphology copy:
 * copying 700k edges into a graphology graph costs seconds, these arrays a few MB.
 */
export interface WeightedEdgeList {
  readonly nodes: readonly string[];
  readonly sources: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
}

/** Every node and edge of an undirected graph; a missing or non-numeric weight counts 1, as in graphology's getters. */
export function weightedEdgeList(graph: Graph, weightAttribute: string): WeightedEdgeList {
  const nodes = graph.nodes();
  const position = positions(nodes);
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let count = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[count] = position.get(source) as number;
    targets[count] = position.get(target) as number;
    weights[count++] = edgeWeight(attributes[weightAttribute]);
  });
  return { nodes, sources, targets, weights };
}

/**
 * The proposal-similarity subgraph (see `similaritySubgraph`) as an edge list:
 * every proposal node in graph order and the `similar` edges, weighted by cosine.
 */
export function similarityEdgeList(graph: SkillsGraph): WeightedEdgeList {
  const nodes: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "proposal") nodes.push(node);
  });
  const proposalPositions = positions(nodes);
  const positionOf = (node: string): number => {
    const position = proposalPositions.get(node);
    if (position === undefined) {
      throw new Error(
        `@skills-network/graph: a similar edge touches "${node}", which is not a proposal node. Link only proposals by similar edges.`,
      );
    }
    return position;
  };
  // Sized for every edge, then trimmed: counting the similar edges first would walk them twice.
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let count = 0;
  // Similar edges come grouped by source: reusing the last lookup saves half of them.
  let lastSource: string | undefined;
  let lastPosition = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== "similar") return;
    if (source !== lastSource) {
      lastSource = source;
      lastPosition = positionOf(source);
    }
    sources[count] = lastPosition;
    targets[count] = positionOf(target);
    weights[count++] = edgeWeight(attributes.weight);
  });
  return {
    nodes,
    sources: sources.slice(0, count),
    targets: targets.slice(0, count),
    weights: weights.slice(0, count),
  };
}

/**
 * The similarity edge list straight from a link table, without a graph: the
 * list `similarityEdgeList` gives for `buildGraph(proposals, table)` when the
 * table's ids are the proposals' ids in input order (as the pipeline's index
 * has them). So communities can be found, on another thread, while the graph
 * is being built. The list shares the table's arrays (neither changes them):
 * copies would hold a second table, 11 MB at 100k documents.
 */
export function linkTableEdgeList(table: Pick<LinkTable, "ids" | "source" | "target" | "score">): WeightedEdgeList {
  return {
    nodes: table.ids.map(proposalKey),
    sources: table.source,
    targets: table.target,
    weights: table.score,
  };
}

function positions(nodes: readonly string[]): Map<string, number> {
  const position = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) position.set(nodes[i], i);
  return position;
}

function edgeWeight(value: unknown): number {
  return typeof value === "number" && !Number.isNaN(value) ? value : 1;
}
