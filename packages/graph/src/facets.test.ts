import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph.js";
import { countFacetValues, proposalFacetValues } from "./facets.js";
import { FACETS, type ProposalNodeAttributes } from "./types.js";
import { makeProposal } from "../test/fixtures.js";

describe("countFacetValues", () => {
  const graph = buildGraph(
    [
      makeProposal({ id: "A", languages: ["en", "fr", "en"], country: "FR", region: "Europe", categories: ["work-based-learning"], beneficiaries: ["youth", "women", "youth"], organizationType: "NGO" }),
      makeProposal({ id: "B", languages: ["fr"], country: "SN", region: "Africa", categories: ["work-based-learning", "core-skills"], beneficiaries: [] }),
      makeProposal({ id: "C", languages: [], country: null, region: null, categories: [], beneficiaries: ["youth"] }),
    ],
    [],
  );
  const proposals = graph.filterNodes((_node, attributes) => attributes.kind === "proposal").map((node) => graph.getNodeAttributes(node) as ProposalNodeAttributes);
  proposals[0].community = 3;
  proposals[1].community = 0;

  it("counts each value a proposal has once, as counting proposalFacetValues does", () => {
    for (const facet of FACETS) {
      const counted = new Map<string, number>();
      for (const proposal of proposals) countFacetValues(proposal, facet, counted);
      const expected = new Map<string, number>();
      for (const proposal of proposals) for (const value of proposalFacetValues(proposal, facet)) expected.set(value, (expected.get(value) ?? 0) + 1);
      expect(counted, facet).toEqual(expected);
    }
  });

  it("gives the counts a person would expect", () => {
    const count = (facet: (typeof FACETS)[number]) => {
      const counted = new Map<string, number>();
      for (const proposal of proposals) countFacetValues(proposal, facet, counted);
      return Object.fromEntries(counted);
    };
    expect(count("language")).toEqual({ en: 1, fr: 2 });
    expect(count("beneficiary")).toEqual({ youth: 2, women: 1 });
    expect(count("country")).toEqual({ FR: 1, SN: 1 });
    expect(count("community")).toEqual({ "3": 1, "0": 1 });
    expect(count("organizationType")).toEqual({ NGO: 1 });
  });

  it("names the facets it knows when given another", () => {
    expect(() => countFacetValues(proposals[0], "colour" as never, new Map())).toThrow(/unknown facet "colour"/);
  });
});
