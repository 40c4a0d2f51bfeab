import { countFacetValues, proposalFacetValues, sortedCounts, unknownFacet } from "./facets.js";
import { FACETS } from "./types.js";
import type { Facet, FacetCounts, FilterState, ProposalNodeAttributes, SkillsGraph } from "./types.js";

/** The facets with a non-empty selection, each as a set of accepted values. */
function activeSelections(filters: FilterState): Map<Facet, ReadonlySet<string>> {
  const active = new Map<Facet, ReadonlySet<string>>();
  for (const [facet, values] of Object.entries(filters)) {
    if (!(FACETS as readonly string[]).includes(facet)) throw unknownFacet(facet);
    if (values !== undefined && values.length > 0) active.set(facet as Facet, new Set(values));
  }
  return active;
}

/** The active facets a proposal fails (it has none of the selected values). */
function failedFacets(attributes: ProposalNodeAttributes, active: Map<Facet, ReadonlySet<string>>): Facet[] {
  const failed: Facet[] = [];
  for (const [facet, selected] of active) {
    if (!proposalFacetValues(attributes, facet).some((value) => selected.has(value))) failed.push(facet);
  }
  return failed;
}

/**
 * Keys of the proposals that pass every facet with a selection. Within a facet
 * the selected values are alternatives (OR); facets combine with AND.
 */
export function filterProposals(graph: SkillsGraph, filters: FilterState): Set<string> {
  const active = activeSelections(filters);
  const passing = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "proposal" && failedFacets(attributes, active).length === 0) passing.add(node);
  });
  return passing;
}

/**
 * For each facet, how many proposals have each value under the selections of the
 * *other* facets: what choosing that value would show. Selected values that no
 * proposal has are listed with count 0, so they can still be seen and unselected.
 *
 * One pass over the proposals: a proposal that fails no facet counts for every
 * facet; one that fails exactly one facet counts for that facet only.
 */
export function facetCounts(graph: SkillsGraph, filters: FilterState): FacetCounts {
  const active = activeSelections(filters);
  const counts = new Map<Facet, Map<string, number>>(FACETS.map((facet) => [facet, new Map()]));
  const tally = (attributes: ProposalNodeAttributes, facet: Facet): void => {
    countFacetValues(attributes, facet, counts.get(facet) as Map<string, number>);
  };

  graph.forEachNode((_node, attributes) => {
    if (attributes.kind !== "proposal") return;
    const failed = failedFacets(attributes, active);
    if (failed.length === 0) for (const facet of FACETS) tally(attributes, facet);
    else if (failed.length === 1) tally(attributes, failed[0]);
  });

  for (const [facet, selected] of active) {
    const facetCounts = counts.get(facet) as Map<string, number>;
    for (const value of selected) if (!facetCounts.has(value)) facetCounts.set(value, 0);
  }
  return Object.fromEntries(
    FACETS.map((facet) => [facet, sortedCounts(counts.get(facet) as Map<string, number>)]),
  ) as FacetCounts;
}
