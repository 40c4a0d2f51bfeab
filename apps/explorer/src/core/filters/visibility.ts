import { filterProposals, type FilterState } from "@skills-network/graph";
import type { SkillsGraph } from "@skills-network/core";
import { hasFilters } from "../state/utils.js";

export interface Visibility {
  /** Proposal keys that pass the filters. */
  proposals: ReadonlySet<string>;
  /** Every node to show (passing proposals and what they connect to), or null when nothing is filtered. */
  nodes: ReadonlySet<string> | null;
}

/**
 * Which nodes a filter shows: the passing proposals and the organisations,
 * countries, categories... they link to (a country with no passing proposal
 * disappears with them). Regions stay when one of their countries stays.
 */
export function computeVisibility(graph: SkillsGraph, filters: FilterState): Visibility {
  const proposals = filterProposals(graph, filters);
  if (!hasFilters(filters)) return { proposals, nodes: null };
  const nodes = new Set<string>(proposals);
  for (const key of proposals) {
    graph.forEachNeighbor(key, (neighbour, attributes) => {
      if (attributes.kind !== "proposal") nodes.add(neighbour);
    });
  }
  for (const key of [...nodes]) {
    if (graph.getNodeAttribute(key, "kind") !== "country") continue;
    graph.forEachNeighbor(key, (neighbour, attributes) => {
      if (attributes.kind === "region") nodes.add(neighbour);
    });
  }
  return { proposals, nodes };
}
