import { UndirectedGraph } from "graphology";
import { filterProposals } from "./filters.js";
import type { FilterState, SkillsGraph } from "./types.js";

/**
 * The view an analyst filtered, as a graph of its own (for export): the passing
 * proposals, the organisations, places, categories and groups they link to (and
 * the regions of those countries), and every edge among the kept nodes.
 * Nodes and edges keep the original order and attributes.
 */
export function filteredSubgraph(graph: SkillsGraph, filters: FilterState): SkillsGraph {
  const proposals = filterProposals(graph, filters);
  const kept = new Set(proposals);
  for (const proposal of proposals) {
    graph.forEachNeighbor(proposal, (neighbour, attributes) => {
      if (attributes.kind === "proposal") return;
      kept.add(neighbour);
      if (attributes.kind === "country") {
        graph.forEachNeighbor(neighbour, (place, placeAttributes) => {
          if (placeAttributes.kind === "region") kept.add(place);
        });
      }
    });
  }

  const subgraph: SkillsGraph = new UndirectedGraph({ allowSelfLoops: false });
  subgraph.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (kept.has(node)) subgraph.addNode(node, copyAttributes(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (kept.has(source) && kept.has(target)) subgraph.addEdgeWithKey(edge, source, target, copyAttributes(attributes));
  });
  return subgraph;
}

/** Attribute values are scalars or arrays of scalars: copying arrays is a deep copy. */
function copyAttributes<T extends object>(attributes: T): T {
  const copy = { ...attributes } as Record<string, unknown>;
  for (const [name, value] of Object.entries(copy)) if (Array.isArray(value)) copy[name] = [...value];
  return copy as T;
}
