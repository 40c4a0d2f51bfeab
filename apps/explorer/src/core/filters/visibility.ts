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
 * For each proposal, the other nodes it brings along when it is shown (its
 * organisation, country, categories, beneficiary groups, and the region of
 * its country). Built once per network so that filtering only reads arrays.
 */
export type ContextIndex = ReadonlyMap<string, readonly string[]>;

export function buildContextIndex(graph: SkillsGraph): ContextIndex {
  const regionsOf = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "country") return;
    regionsOf.set(key, graph.filterNeighbors(key, (_neighbour, neighbourAttributes) => neighbourAttributes.kind === "region"));
  });
  const index = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "proposal") return;
    const context = new Set<string>();
    graph.forEachNeighbor(key, (neighbour, neighbourAttributes) => {
      if (neighbourAttributes.kind === "proposal") return;
      context.add(neighbour);
      for (const region of regionsOf.get(neighbour) ?? []) context.add(region);
    });
    index.set(key, [...context]);
  });
  return index;
}

/**
 * Which nodes a filter shows: the passing proposals and the organisations,
 * countries, categories... they link to (a country with no passing proposal
 * disappears with them). Regions stay when one of their countries stays.
 */
export function computeVisibility(graph: SkillsGraph, filters: FilterState, context: ContextIndex = buildContextIndex(graph)): Visibility {
  const proposals = filterProposals(graph, filters);
  if (!hasFilters(filters)) return { proposals, nodes: null };
  const nodes = new Set<string>(proposals);
  for (const key of proposals) {
    const around = context.get(key);
    if (around) for (const node of around) nodes.add(node);
  }
  return { proposals, nodes };
}
