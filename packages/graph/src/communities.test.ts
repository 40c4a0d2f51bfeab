import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph.js";
import { communityDefaults, detectCommunities } from "./communities.js";
import { partitionEdgeList } from "./louvain.js";
import { linkTableEdgeList, similarityEdgeList } from "./weighted-edge-list.js";
import type { ProposalNodeAttributes, SkillsGraph } from "./types.js";
import { linkTableOf, links, proposals, topTerms } from "../test/fixtures.js";

const network = (): SkillsGraph => buildGraph(proposals, links, { topTerms: (id) => topTerms[id] });
const community = (graph: SkillsGraph, id: string) =>
  (graph.getNodeAttributes(`proposal:${id}`) as ProposalNodeAttributes).community;

describe("detectCommunities", () => {
  it("finds the three clusters, largest first, and leaves the unlinked proposal alone", () => {
    const graph = network();
    const result = detectCommunities(graph);
    expect(result.communities.map((summary) => summary.members)).toEqual([
      ["proposal:P01", "proposal:P02", "proposal:P03", "proposal:P04"],
      ["proposal:P05", "proposal:P06", "proposal:P07"],
      ["proposal:P08", "proposal:P09"],
    ]);
    expect(result.communities.map((summary) => [summary.id, summary.size])).toEqual([[0, 4], [1, 3], [2, 2]]);
    expect(result.isolated).toBe(1);
    expect(result.splitCount).toBe(0);
    expect(community(graph, "P03")).toBe(0);
    expect(community(graph, "P06")).toBe(1);
    expect(community(graph, "P09")).toBe(2);
    expect(community(graph, "P10")).toBeNull();
  });

  it("tells graph listeners once that the proposals' communities changed", () => {
    const graph = network();
    const events: string[] = [];
    graph.on("nodeAttributesUpdated", () => events.push("node"));
    graph.on("eachNodeAttributesUpdated", () => events.push(`each ${community(graph, "P06")}`));
    detectCommunities(graph);
    expect(events).toEqual(["each 1"]);
  });

  it("reports the modularity of the partition and writes it on the graph", () => {
    const graph = network();
    const result = detectCommunities(graph);
    // Hand computation: total weight m = 6.12; per community (internal weight, degree sum):
    // {P01..P04} (3.25, 6.62), {P05..P07} (2.05, 4.22), {P08,P09} (0.7, 1.4).
    const m = 6.12;
    const expected = [[3.25, 6.62], [2.05, 4.22], [0.7, 1.4]]
      .map(([inside, total]) => inside / m - (total / (2 * m)) ** 2)
      .reduce((sum, value) => sum + value, 0);
    expect(result.modularity).toBeCloseTo(expected, 10);
    expect(graph.getAttribute("modularity")).toBe(result.modularity);
    expect(graph.getAttribute("communityCount")).toBe(3);
  });

  it("names communities from their members' top terms when no describe is given", () => {
    const result = detectCommunities(network());
    expect(result.communities.map((summary) => summary.name)).toEqual([
      "farm · apprenticeship · certification",
      "coding · digital · bootcamp",
      "entrepreneurship · women · business",
    ]);
    expect(result.communities[2].keywords).toEqual(["entrepreneurship", "women", "business", "green"]);
  });

  it("names communities with describe, given the member keys of each group in id order", () => {
    const seen: string[][] = [];
    const result = detectCommunities(network(), {
      describe: (groups) => {
        seen.push(...groups);
        return groups.map((members) => ({ name: `group of ${members.length}`, keywords: [members[0]] }));
      },
    });
    expect(seen).toEqual(result.communities.map((summary) => summary.members));
    expect(result.communities.map((summary) => summary.name)).toEqual(["group of 4", "group of 3", "group of 2"]);
    expect(result.communities[1].keywords).toEqual(["proposal:P05"]);
    expect(() => detectCommunities(network(), { describe: () => [] })).toThrow(
      "@skills-network/graph: describe returned 0 descriptions for 3 communities.",
    );
  });

  it("summarises categories, countries, languages and groups, most frequent first", () => {
    const [farming, digital] = detectCommunities(network()).communities;
    expect(farming.topCategories).toEqual([
      { value: "work-based-learning", count: 4 },
      { value: "rpl-certification", count: 1 },
      { value: "training-delivery", count: 1 },
    ]);
    expect(farming.topCountries).toEqual([
      { value: "FR", count: 2 },
      { value: "KE", count: 1 },
      { value: "SN", count: 1 },
    ]);
    expect(farming.topLanguages).toEqual([{ value: "fr", count: 3 }, { value: "en", count: 1 }]);
    expect(farming.topBeneficiaries).toEqual([
      { value: "youth", count: 3 },
      { value: "rural-communities", count: 2 },
      { value: "women", count: 1 },
    ]);
    expect(digital.topLanguages).toEqual([
      { value: "en", count: 2 },
      { value: "es", count: 1 },
      { value: "pt", count: 1 },
    ]);
  });

  it("keeps the five most frequent values of a facet, ties by value", () => {
    // Seven proposals all linked to each other, from six countries (FR twice).
    const countries = ["SN", "FR", "KE", "BR", "FR", "IN", "AR"];
    const clique = countries.map((country, i) => ({ ...proposals[0], id: `C${i}`, title: `Clique ${i}`, country }));
    const cliqueLinks = clique.flatMap((a, i) => clique.slice(i + 1).map((b) => ({ source: a.id, target: b.id, score: 0.5, sharedTerms: [] })));
    const [group] = detectCommunities(buildGraph(clique, cliqueLinks)).communities;
    expect(group.size).toBe(7);
    expect(group.topCountries).toEqual([
      { value: "FR", count: 2 },
      { value: "AR", count: 1 },
      { value: "BR", count: 1 },
      { value: "IN", count: 1 },
      { value: "KE", count: 1 },
    ]);
  });

  it("gives the same communities and graph for the same seed", () => {
    const first = network();
    const second = network();
    const a = detectCommunities(first, { seed: 3 });
    const b = detectCommunities(second, { seed: 3 });
    expect(b).toEqual(a);
    expect(second.export()).toEqual(first.export());
  });

  it("resets earlier communities and copes with a graph without similar edges", () => {
    const graph = network();
    detectCommunities(graph);
    graph.clearEdges();
    const result = detectCommunities(graph);
    expect(result).toEqual({ modularity: 0, communities: [], splitCount: 0, isolated: 10 });
    expect(community(graph, "P01")).toBeNull();
    expect(graph.getAttribute("communityCount")).toBe(0);
  });

  it("splits the weakly tied clusters apart only when the resolution asks for it", () => {
    const coarse = detectCommunities(network(), { resolution: 0.05 });
    expect(coarse.communities.map((summary) => summary.size)).toEqual([7, 2]);
  });
});

describe("detectCommunities with a partition found elsewhere", () => {
  const ids = proposals.map((proposal) => proposal.id);
  const table = linkTableOf(ids, links);

  it("gives the same communities and graph as finding them on the graph", () => {
    const own = buildGraph(proposals, table, { topTerms: (id) => topTerms[id] });
    const given = buildGraph(proposals, table, { topTerms: (id) => topTerms[id] });
    expect(linkTableEdgeList(table)).toEqual(similarityEdgeList(given));
    // The list reads the table's arrays: no second copy of them.
    expect(linkTableEdgeList(table).weights).toBe(table.score);
    const partition = partitionEdgeList(linkTableEdgeList(table), communityDefaults);
    expect(detectCommunities(given, { partition })).toEqual(detectCommunities(own));
    expect(given.export()).toEqual(own.export());
  });

  it("refuses a partition that misses a proposal, before changing the graph", () => {
    const graph = buildGraph(proposals, table);
    const partition = partitionEdgeList(linkTableEdgeList(linkTableOf(ids.slice(1), links.slice(5))), communityDefaults);
    const before = graph.export();
    expect(() => detectCommunities(graph, { partition })).toThrow(
      '@skills-network/graph: the partition given to detectCommunities has no community for "proposal:P01". Compute it from this graph\'s similar edges (or from the link table the graph was built with).',
    );
    expect(graph.export()).toEqual(before);
  });
});
