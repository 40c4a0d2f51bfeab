import { facetCounts, FACETS, type Facet } from "@skills-network/graph";
import type { SkillsGraph } from "@skills-network/core";

/** One value a facet can take in the loaded data. */
export interface FacetOption {
  value: string;
  /** Proposals with this value when nothing is filtered. */
  total: number;
  /** Countries: their region (for grouping); null otherwise. */
  group: string | null;
  /** A name from the data to show when the interface has no translation (country name). */
  fallback: string | null;
}

export type FacetUniverse = Record<Facet, FacetOption[]>;

/** Every facet value present in the network, with its total count. Computed once per network. */
export function buildFacetUniverse(graph: SkillsGraph): FacetUniverse {
  const totals = facetCounts(graph, {});
  const countries = new Map<string, { region: string | null; name: string | null }>();
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === "proposal" && attributes.country && !countries.has(attributes.country)) {
      countries.set(attributes.country, { region: attributes.region, name: attributes.countryName });
    }
  });
  const universe = {} as FacetUniverse;
  for (const facet of FACETS) {
    universe[facet] = (totals[facet] ?? []).map(({ value, count }) => {
      const country = facet === "country" ? countries.get(value) : undefined;
      return { value, total: count, group: country?.region ?? null, fallback: country?.name ?? null };
    });
  }
  return universe;
}

/** Fast membership test for URL values: does this facet value exist in the data? */
export function knownValues(universe: FacetUniverse): (facet: Facet, value: string) => boolean {
  const sets = new Map<Facet, Set<string>>(FACETS.map((facet) => [facet, new Set(universe[facet].map((option) => option.value))]));
  return (facet, value) => sets.get(facet)?.has(value) ?? false;
}
