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

/**
 * Adds one to `counts` for each value a proposal has for a facet (each value
 * once): what counting `proposalFacetValues` gives, without an array (and a
 * set) per proposal and facet.
 */
export function countFacetValues(attributes: ProposalNodeAttributes, facet: Facet, counts: Map<string, number>): void {
  switch (facet) {
    case "language":
      return countDistinct(attributes.languages, counts);
    case "country":
      return countValue(attributes.country, counts);
    case "region":
      return countValue(attributes.region, counts);
    case "beneficiary":
      return countDistinct(attributes.beneficiaries, counts);
    case "category":
      return countDistinct(attributes.categories, counts);
    case "community":
      return countValue(attributes.community === null ? null : String(attributes.community), counts);
    case "organizationType":
      return countValue(attributes.organizationType, counts);
    default:
      throw unknownFacet(facet);
  }
}

function countValue(value: string | null | undefined, counts: Map<string, number>): void {
  if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** Each value once: a proposal has a handful, so looking back beats a set. */
function countDistinct(values: readonly string[], counts: Map<string, number>): void {
  for (let i = 0; i < values.length; i++) if (values.indexOf(values[i]) === i) counts.set(values[i], (counts.get(values[i]) ?? 0) + 1);
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
