/**
 * The expectations side of the browser tests: the same bundled sample, built
 * with the library in Node, so every number the page shows is checked against
 * what the library computes rather than a hard-coded figure.
 */
import { readFileSync } from "node:fs";
import {
  facetCounts,
  filterProposals,
  readAndBuild,
  type Facet,
  type FacetCounts,
  type FilterState,
  type Network,
} from "@skills-network/core";
import { samplePath } from "./paths.js";

type FacetValue = FacetCounts[Facet][number];

let cached: Network | undefined;

/** The sample network, built once per test file. */
export function sampleNetwork(): Network {
  cached ??= readAndBuild(readFileSync(samplePath, "utf8"), { read: { fileName: "skills-challenge-sample.csv" } });
  return cached;
}

/** Number of proposals that pass `filters`, as the library counts them. */
export function expectedVisible(network: Network, filters: FilterState): number {
  return filterProposals(network.graph, filters).size;
}

/** The count the library gives beside `value` of `facet` under `filters` (0 when absent). */
export function expectedFacetCount(network: Network, filters: FilterState, facet: Facet, value: string): number {
  return facetCounts(network.graph, filters)[facet].find((entry) => entry.value === value)?.count ?? 0;
}

/** Values of `facet` that some proposal has under `filters`: most frequent first, ties by value. */
export function valuesOf(network: Network, facet: Facet, filters: FilterState = {}): FacetValue[] {
  return facetCounts(network.graph, filters)
    [facet].filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * A value of `facet` that makes a visible difference: the most frequent one
 * that does not keep every proposal (ties by value, so the choice is stable).
 */
export function telling(network: Network, facet: Facet, filters: FilterState = {}): string {
  const total = expectedVisible(network, filters);
  const best = valuesOf(network, facet, filters).find((entry) => entry.count < total);
  if (!best) throw new Error(`sample has no value of ${facet} that filters anything out`);
  return best.value;
}

/** A search string for a proposal: the shortest run of its title's first words that no other title contains. */
export function uniqueTitlePrefix(network: Network, id: string): string | undefined {
  const titles = network.proposals.map((proposal) => proposal.title.toLowerCase());
  const own = network.proposals.find((proposal) => proposal.id === id);
  if (!own) return undefined;
  const words = own.title.split(/\s+/);
  for (let n = 2; n <= words.length; n++) {
    const prefix = words.slice(0, n).join(" ");
    if (prefix.length < 8) continue;
    const needle = prefix.toLowerCase();
    if (titles.filter((title) => title.includes(needle)).length === 1) return prefix;
  }
  return undefined;
}

/**
 * The first proposal (by id) that passes `filters`, can be found by a unique
 * title prefix, and has similar projects: a good subject for navigation tests.
 */
export function searchableProposal(network: Network, filters: FilterState = {}): { id: string; title: string; typed: string } {
  const passing = filterProposals(network.graph, filters);
  const sorted = [...network.proposals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const proposal of sorted) {
    if (!passing.has(`proposal:${proposal.id}`)) continue;
    const typed = uniqueTitlePrefix(network, proposal.id);
    if (typed && network.index.similarTo(proposal.id, { k: 1, minScore: 0.05 }).length > 0) {
      return { id: proposal.id, title: proposal.title, typed };
    }
  }
  throw new Error("sample has no proposal with a unique title prefix and similar projects");
}
