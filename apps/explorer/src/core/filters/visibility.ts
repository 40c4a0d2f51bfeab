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
 * For each node that is not a proposal, the proposals that bring it along
 * when they are shown (a proposal brings its organisation, country,
 * categories, beneficiary groups, and the region of its country). Built once
 * per network so that filtering only reads arrays.
 */
export type ContextIndex = ReadonlyMap<string, readonly string[]>;

export function buildContextIndex(graph: SkillsGraph): ContextIndex {
  const regionsOf = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "country") return;
    regionsOf.set(key, graph.filterNeighbors(key, (_neighbour, neighbourAttributes) => neighbourAttributes.kind === "region"));
  });
  const index = new Map<string, string[]>();
  const hold = (node: string, proposal: string) => {
    const holders = index.get(node);
    if (!holders) index.set(node, [proposal]);
    else if (holders.at(-1) !== proposal) holders.push(proposal);
  };
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "proposal") return;
    graph.forEachNeighbor(key, (neighbour, neighbourAttributes) => {
      if (neighbourAttributes.kind === "proposal") return;
      hold(neighbour, key);
      for (const region of regionsOf.get(neighbour) ?? []) hold(region, key);
    });
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
  // A context node shows when one of its proposals does: most stop at their first holder.
  for (const [node, holders] of context) {
    for (const holder of holders) {
      if (proposals.has(holder)) {
        nodes.add(node);
        break;
      }
    }
  }
  return { proposals, nodes };
}
