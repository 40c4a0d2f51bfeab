import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph.js";
import type { EdgeKind, NodeKind, SimilarEdgeAttributes, SkillsGraph } from "./types.js";
import { links, makeProposal, proposals, topTerms } from "../test/fixtures.js";

function countBy<T extends string>(kinds: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
const nodeKinds = (graph: SkillsGraph) => countBy(graph.mapNodes((_node, attributes) => attributes.kind as NodeKind));
const edgeKinds = (graph: SkillsGraph) => countBy(graph.mapEdges((_edge, attributes) => attributes.kind as EdgeKind));

describe("buildGraph", () => {
  const graph = buildGraph(proposals, links, { topTerms: (id) => topTerms[id], name: "Test call" });

  it("adds one node per proposal, organisation, country, region, category and group", () => {
    expect(graph.type).toBe("undirected");
    expect(graph.multi).toBe(false);
    expect(graph.allowSelfLoops).toBe(false);
    expect(nodeKinds(graph)).toEqual({
      proposal: 10,
      organization: 6,
      country: 6,
      region: 4,
      category: 7,
      beneficiary: 5,
    });
    expect(graph.order).toBe(38);
    expect(graph.getAttribute("name")).toBe("Test call");
  });

  it("adds structural edges once each and one similar edge per link", () => {
    expect(edgeKinds(graph)).toEqual({
      "submitted-by": 9,
      "located-in": 9,
      "in-region": 6,
      "in-category": 14,
      serves: 12,
      similar: 10,
    });
  });

  it("merges organisations whose names differ only in case, spaces and punctuation", () => {
    expect(graph.hasNode("organization:acme-ltd")).toBe(true);
    expect(graph.getNodeAttributes("organization:acme-ltd")).toMatchObject({
      kind: "organization",
      label: "ACME Ltd",
      organizationType: "ngo",
    });
    expect(graph.neighbors("organization:acme-ltd").sort()).toEqual(["proposal:P01", "proposal:P02"]);
  });

  it("fills an organisation's type from a later proposal, and folds spellings of a value into one node and edge", () => {
    const built = buildGraph(
      [
        makeProposal({ id: "A", organization: "Nova Lab", categories: ["Green jobs", "green  jobs!"] }),
        makeProposal({ id: "B", organization: "NOVA lab.", organizationType: "ngo", categories: ["Green Jobs"] }),
      ],
      [],
      { include: ["organization", "category"] },
    );
    expect(built.getNodeAttributes("organization:nova-lab")).toMatchObject({ label: "Nova Lab", organizationType: "ngo" });
    expect(built.nodes()).toEqual(["proposal:A", "proposal:B", "organization:nova-lab", "category:custom:green-jobs"]);
    expect(built.edges()).toEqual([
      "submitted-by|proposal:A|organization:nova-lab",
      "in-category|proposal:A|category:custom:green-jobs",
      "submitted-by|proposal:B|organization:nova-lab",
      "in-category|proposal:B|category:custom:green-jobs",
    ]);
    expect(built.getNodeAttribute("category:custom:green-jobs", "label")).toBe("Green jobs");
  });

  it("links proposals to countries, and countries to their region", () => {
    expect(graph.getNodeAttributes("country:SN")).toMatchObject({
      kind: "country", label: "Senegal", code: "SN", region: "Africa", subRegion: "Western Africa",
    });
    expect(graph.neighbors("country:SN").sort()).toEqual(["proposal:P03", "proposal:P08", "region:Africa"]);
    expect(graph.neighbors("region:Africa").sort()).toEqual(["country:KE", "country:SN"]);
  });

  it("keys known categories by id, custom ones by slug, with English labels", () => {
    expect(graph.getNodeAttributes("category:work-based-learning")).toMatchObject({
      kind: "category", category: "work-based-learning", custom: false,
    });
    expect(graph.getNodeAttribute("category:work-based-learning", "label")).toBe("Work-based learning");
    expect(graph.getNodeAttributes("category:custom:green-jobs")).toMatchObject({
      kind: "category", label: "Green jobs", category: "Green jobs", custom: true,
    });
    expect(graph.getNodeAttributes("beneficiary:custom:gig-workers")).toMatchObject({
      kind: "beneficiary", label: "Gig workers", group: "Gig workers", custom: true,
    });
    expect(graph.getNodeAttribute("beneficiary:youth", "label")).toBe("Youth");
  });

  it("stores proposal fields, top terms and no community yet", () => {
    expect(graph.getNodeAttributes("proposal:P06")).toMatchObject({
      kind: "proposal",
      label: "Coding for students",
      id: "P06",
      languages: ["pt", "en"],
      topTerms: ["coding", "digital", "students"],
      community: null,
    });
  });

  it("stores the score and shared terms on similar edges", () => {
    const attributes = graph.getEdgeAttributes("proposal:P01", "proposal:P02") as SimilarEdgeAttributes;
    expect(attributes).toEqual({
      kind: "similar",
      weight: 0.8,
      sharedTerms: ["apprenticeship", "farm"],
      sharedTermWeights: [0.4, 0.4],
    });
  });

  it("gives the same graph whatever the order of the links", () => {
    const reversed = links.map((link) => ({ ...link, source: link.target, target: link.source })).reverse();
    const again = buildGraph(proposals, reversed, { topTerms: (id) => topTerms[id], name: "Test call" });
    expect(again.export()).toEqual(graph.export());
    expect(graph.filterEdges((_edge, attributes) => attributes.kind === "similar")[0]).toBe(
      "similar|proposal:P01|proposal:P02",
    );
  });

  it("keeps the higher score when a pair is given twice", () => {
    const twice = buildGraph(proposals.slice(0, 2), [
      { source: "P01", target: "P02", score: 0.3, sharedTerms: [] },
      { source: "P02", target: "P01", score: 0.5, sharedTerms: [] },
    ]);
    expect(twice.size - twice.filterEdges((_e, a) => a.kind !== "similar").length).toBe(1);
    expect(twice.getEdgeAttribute("proposal:P01", "proposal:P02", "weight")).toBe(0.5);
  });

  it("adds only the kinds asked for, locating proposals in regions when countries are left out", () => {
    const regional = buildGraph(proposals, links, { include: ["region", "category"] });
    expect(nodeKinds(regional)).toEqual({ proposal: 10, region: 4, category: 7 });
    expect(edgeKinds(regional)).toEqual({ "located-in": 9, "in-category": 14, similar: 10 });
    expect(regional.hasEdge("proposal:P03", "region:Africa")).toBe(true);

    const bare = buildGraph(proposals, links, { include: [] });
    expect(nodeKinds(bare)).toEqual({ proposal: 10 });
    expect(bare.size).toBe(10);
  });

  it("rejects links to unknown proposals, self-links, duplicate ids and unknown kinds", () => {
    expect(() => buildGraph(proposals, [{ source: "P01", target: "P99", score: 0.5, sharedTerms: [] }])).toThrow(
      '@skills-network/graph: similarity link "P01" – "P99" names unknown proposal "P99". Compute links from the same proposals you pass to buildGraph.',
    );
    expect(() => buildGraph(proposals, [{ source: "P01", target: "P01", score: 1, sharedTerms: [] }])).toThrow(
      /to itself/,
    );
    expect(() => buildGraph(proposals, [{ source: "P01", target: "P02", score: Number.NaN, sharedTerms: [] }])).toThrow(
      /has score NaN/,
    );
    expect(() => buildGraph([makeProposal({ id: "A" }), makeProposal({ id: "A" })], [])).toThrow(
      '@skills-network/graph: duplicate proposal id "A".',
    );
    expect(() => buildGraph(proposals, [], { include: ["people" as never] })).toThrow(/unknown node kind "people"/);
  });

  it("does not share arrays with the input proposals", () => {
    const input = [makeProposal({ id: "A", languages: ["en"] })];
    const built = buildGraph(input, []);
    input[0].languages.push("fr");
    expect(built.getNodeAttribute("proposal:A", "languages" as never)).toEqual(["en"]);
  });
});
