import type { AbstractGraph as Graph } from "graphology-types";
import type { WeightedEdgeList } from "./weighted-edge-list.js";

/**
 * A read-only graph over an edge list, with the part of graphology's interface that
 * graphology-communities-louvain 2.0 reads: `order`, `size`, `selfLoopCount`,
 * `type`, `multi`, `forEachNode`, `undirectedDegreeWithoutSelfLoops` and `forEachEdge`
 * (weights under the attribute `weight`), plus the two methods its `isGraph` check
 * looks for, which refuse to run. Louvain thus indexes the edge list directly, in
 * the order it would index a graphology copy, so it finds the same partition.
 *
 * Its nodes are the positions 0..n-1 of the list's nodes, so Louvain's own table
 * from node to index, and the result (position -> community), are plain arrays
 * underneath instead of objects keyed by 100k strings. louvain-view.test.ts checks
 * the partition against one found on a real graphology graph.
 */
export function louvainView(list: WeightedEdgeList): Graph {
  const { nodes, sources, targets, weights } = list;
  const degrees = new Uint32Array(nodes.length);
  let selfLoopCount = 0;
  for (let i = 0; i < sources.length; i++) {
    if (sources[i] === targets[i]) {
      selfLoopCount++;
      continue;
    }
    degrees[sources[i]]++;
    degrees[targets[i]]++;
  }
  const readOnly = (): never => {
    throw new Error("@skills-network/graph: the Louvain view of an edge list is read-only.");
  };

  const view = {
    type: "undirected",
    multi: false,
    order: nodes.length,
    size: sources.length,
    selfLoopCount,
    directedSize: 0,
    undirectedSize: sources.length,
    forEachNode(callback: (node: number) => void): void {
      for (let node = 0; node < nodes.length; node++) callback(node);
    },
    undirectedDegreeWithoutSelfLoops(node: number): number {
      return degrees[node];
    },
    forEachEdge(
      callback: (edge: number, attributes: { weight: number }, source: number, target: number) => void,
    ): void {
      // One attributes object, refilled per edge: Louvain reads the weight at once and keeps nothing.
      const attributes = { weight: 0 };
      for (let i = 0; i < sources.length; i++) {
        attributes.weight = weights[i];
        callback(i, attributes, sources[i], targets[i]);
      }
    },
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
  };
  return view as unknown as Graph;
}
