import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph.js";
import { detectCommunities } from "./communities.js";
import { proposalFacetValues } from "./facets.js";
import { facetCounts, filterProposals } from "./filters.js";
import type { ProposalNodeAttributes } from "./types.js";
import { links, proposals, topTerms } from "../test/fixtures.js";

const graph = buildGraph(proposals, links, { topTerms: (id) => topTerms[id] });
detectCommunities(graph);
const sorted = (keys: Set<string>) => [...keys].sort();

describe("proposalFacetValues", () => {
  it("gives a proposal's distinct values per facet", () => {
    const p02 = graph.getNodeAttributes("proposal:P02") as ProposalNodeAttributes;
    expect(proposalFacetValues(p02, "category")).toEqual(["work-based-learning"]);
    expect(proposalFacetValues(p02, "community")).toEqual(["0"]);
    expect(proposalFacetValues(p02, "organizationType")).toEqual([]);
    const p10 = graph.getNodeAttributes("proposal:P10") as ProposalNodeAttributes;
    expect(proposalFacetValues(p10, "country")).toEqual([]);
    expect(proposalFacetValues(p10, "community")).toEqual([]);
  });
});

describe("filterProposals", () => {
  it("keeps every proposal without filters", () => {
    expect(filterProposals(graph, {}).size).toBe(10);
    expect(filterProposals(graph, { region: [] }).size).toBe(10);
  });

  it("ORs values within a facet and ANDs facets", () => {
    expect(sorted(filterProposals(graph, { language: ["es", "pt"] }))).toEqual([
      "proposal:P06", "proposal:P07", "proposal:P09",
    ]);
    expect(sorted(filterProposals(graph, { category: ["work-based-learning"], region: ["Africa"] }))).toEqual([
      "proposal:P03", "proposal:P04",
    ]);
    expect(sorted(filterProposals(graph, { community: ["1", "2"], beneficiary: ["women", "students"] }))).toEqual([
      "proposal:P06", "proposal:P08", "proposal:P09",
    ]);
  });

  it("rejects unknown facets", () => {
    expect(() => filterProposals(graph, { colour: ["red"] } as never)).toThrow(
      '@skills-network/graph: unknown facet "colour". Use one of: language, country, region, beneficiary, category, community, organizationType.',
    );
  });
});

describe("facetCounts", () => {
  it("counts every proposal without filters", () => {
    const counts = facetCounts(graph, {});
    expect(counts.region).toEqual([
      { value: "Africa", count: 3 },
      { value: "Americas", count: 3 },
      { value: "Europe", count: 2 },
      { value: "Asia", count: 1 },
    ]);
    expect(counts.community).toEqual([
      { value: "0", count: 4 },
      { value: "1", count: 3 },
      { value: "2", count: 2 },
    ]);
    expect(counts.organizationType).toEqual([
      { value: "ngo", count: 3 },
      { value: "research-institution", count: 2 },
      { value: "start-up", count: 2 },
      { value: "youth-group", count: 1 },
    ]);
  });

  it("counts each facet under the filters of the other facets", () => {
    const counts = facetCounts(graph, { category: ["work-based-learning"], region: ["Africa"] });
    // Category counts ignore the category filter: the three African proposals.
    expect(counts.category).toEqual([
      { value: "work-based-learning", count: 2 },
      { value: "entrepreneurship", count: 1 },
      { value: "rpl-certification", count: 1 },
    ]);
    // Region counts ignore the region filter: the four work-based-learning proposals.
    expect(counts.region).toEqual([
      { value: "Africa", count: 2 },
      { value: "Europe", count: 2 },
    ]);
    // Other facets see both filters: P03 and P04.
    expect(counts.country).toEqual([{ value: "KE", count: 1 }, { value: "SN", count: 1 }]);
    expect(counts.language).toEqual([{ value: "en", count: 1 }, { value: "fr", count: 1 }]);
    expect(counts.community).toEqual([{ value: "0", count: 2 }]);
  });

  it("lists selected values no proposal has with count 0", () => {
    const counts = facetCounts(graph, { region: ["Oceania"], language: ["fr"] });
    expect(counts.region).toEqual([
      { value: "Africa", count: 2 },
      { value: "Europe", count: 2 },
      { value: "Oceania", count: 0 },
    ]);
    expect(counts.category).toEqual([]);
  });
});
