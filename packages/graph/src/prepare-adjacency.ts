import type { SkillsGraph } from "./types.js";

// Keys no Skills Network node or edge can have (theirs start with a kind and ":" or "|").
const SCRATCH_NODES = ["\u0000scratch-a", "\u0000scratch-b"] as const;

/**
 * Puts each given node's neighbour index (the object graphology keys by neighbour)
 * in V8's dictionary mode before its edges arrive, by adding two scratch edges and
 * dropping the first. Left in its default mode, an index whose keys no other node
 * shares makes V8 create a new hidden class for every neighbour added, until it
 * gives up at a dozen or so: at 100k proposals that is millions of short-lived
 * classes, and adding the similar edges takes about twice as long. The graph is
 * left as it was (nodes, edges and their order); other engines merely do the
 * small extra work.
 */
export function prepareAdjacency(graph: SkillsGraph, nodes: readonly string[]): void {
  const [first, second] = SCRATCH_NODES;
  graph.addNode(first, { kind: "region", label: first });
  graph.addNode(second, { kind: "region", label: second });
  for (const node of nodes) {
    graph.addEdgeWithKey(first, node, first, { kind: "in-region", weight: 0 });
    graph.addEdgeWithKey(second, node, second, { kind: "in-region", weight: 0 });
    // Deleting a neighbour that is not the last one added is what switches the mode.
    graph.dropEdge(first);
    graph.dropEdge(second);
  }
  graph.dropNode(first);
  graph.dropNode(second);
}
