import { FACETS } from "./types.js";
import type { Facet, FacetValue, ProposalNodeAttributes } from "./types.js";

/** The values a proposal has for a facet, without repeats (none when the field is empty). */
export function proposalFacetValues(attributes: ProposalNodeAttributes, facet: Facet): string[] {
  switch (facet) {
    case "language":
      return distinct(attributes.languages);
    case "country":
      return attributes.country ? [attributes.country] : [];
    case "region":
      return attributes.region ? [attributes.region] : [];
    case "beneficiary":
      return distinct(attributes.beneficiaries);
    case "category":
      return distinct(attributes.categories);
    case "community":
      return attributes.community === null ? [] : [String(attributes.community)];
    case "organizationType":
      return attributes.organizationType ? [attributes.organizationType] : [];
    default:
      throw unknownFacet(facet);
  }
}

export function unknownFacet(facet: string): Error {
  return new Error(`@skills-network/graph: unknown facet "${facet}". Use one of: ${FACETS.join(", ")}.`);
}

/** Counts as sorted facet values: count descending, then value. */
export function sortedCounts(counts: ReadonlyMap<string, number>): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function distinct(values: readonly string[]): string[] {
  return values.length < 2 ? [...values] : [...new Set(values)];
}
