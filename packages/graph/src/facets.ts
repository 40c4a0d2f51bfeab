import { FACETS } from "./types.js";
import type { Facet, FacetValue, ProposalNodeAttributes } from "./types.js";

/** The values a proposal has for a facet, without repeats (none when the field is empty). */
export function proposalFacetValues(attributes: ProposalNodeAttributes, facet: Facet): string[] {
  const values: string[] = [];
  forEachFacetValue(attributes, facet, (value) => values.push(value));
  return values;
}

/**
 * Adds one to `counts` for each value a proposal has for a facet (each value
 * once): what counting `proposalFacetValues` gives, without an array (and a
 * set) per proposal and facet.
 */
export function countFacetValues(attributes: ProposalNodeAttributes, facet: Facet, counts: Map<string, number>): void {
  forEachFacetValue(attributes, facet, (value) => counts.set(value, (counts.get(value) ?? 0) + 1));
}

/** Calls `visit` with each value a proposal has for a facet, once each, in the field's order. */
function forEachFacetValue(attributes: ProposalNodeAttributes, facet: Facet, visit: (value: string) => void): void {
  switch (facet) {
    case "language":
      return visitDistinct(attributes.languages, visit);
    case "country":
      return visitPresent(attributes.country, visit);
    case "region":
      return visitPresent(attributes.region, visit);
    case "beneficiary":
      return visitDistinct(attributes.beneficiaries, visit);
    case "category":
      return visitDistinct(attributes.categories, visit);
    case "community":
      return visitPresent(attributes.community === null ? null : String(attributes.community), visit);
    case "organizationType":
      return visitPresent(attributes.organizationType, visit);
    default:
      throw unknownFacet(facet);
  }
}

function visitPresent(value: string | null | undefined, visit: (value: string) => void): void {
  if (value) visit(value);
}

/** Each value once, the first time it comes: a proposal has a handful, so looking back beats a set. */
function visitDistinct(values: readonly string[], visit: (value: string) => void): void {
  for (let i = 0; i < values.length; i++) if (values.indexOf(values[i]) === i) visit(values[i]);
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
