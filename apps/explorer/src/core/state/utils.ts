import { FACETS, type Facet, type FilterState } from "@skills-network/graph";
import type { ViewState } from "./types.js";

export const defaultViewState: ViewState = {
  filters: {},
  filterMode: "hide",
  colorMode: "community",
  sizeMode: "degree",
  selection: null,
  hoveredNode: null,
  neighbourhoodDepth: 1,
  uiLanguage: "en",
  view: "graph",
  drawing: "auto",
};

/** Adds or removes one value of a facet. Values stay sorted; an empty facet disappears. */
export function toggleFilterValue(filters: FilterState, facet: Facet, value: string, selected: boolean): FilterState {
  const current = new Set(filters[facet] ?? []);
  if (selected) current.add(value);
  else current.delete(value);
  return withFacet(filters, facet, [...current]);
}

/** Replaces the selection of one facet (an empty list removes the facet). */
export function withFacet(filters: FilterState, facet: Facet, values: readonly string[]): FilterState {
  const next: FilterState = {};
  for (const name of FACETS) {
    const chosen = name === facet ? [...new Set(values)].sort(compareValues) : filters[name];
    if (chosen && chosen.length > 0) next[name] = chosen;
  }
  return next;
}

/** Numeric strings (community ids) in number order, the rest in string order. */
export function compareValues(a: string, b: string): number {
  const numberA = Number(a);
  const numberB = Number(b);
  if (a !== "" && b !== "" && Number.isFinite(numberA) && Number.isFinite(numberB)) return numberA - numberB;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hasFilters(filters: FilterState): boolean {
  return FACETS.some((facet) => (filters[facet]?.length ?? 0) > 0);
}

export function filtersEqual(a: FilterState, b: FilterState): boolean {
  return FACETS.every((facet) => {
    const left = a[facet] ?? [];
    const right = b[facet] ?? [];
    return left.length === right.length && left.every((value, i) => value === right[i]);
  });
}

/** Keeps only the facet values that exist in the loaded data (URL values may be stale or made up). */
export function keepKnownFilters(filters: FilterState, known: (facet: Facet, value: string) => boolean): FilterState {
  let next: FilterState = {};
  for (const facet of FACETS) {
    const values = (filters[facet] ?? []).filter((value) => known(facet, value));
    next = withFacet(next, facet, values);
  }
  return next;
}
