import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph.js";
import { organizationBridges } from "./bridges.js";
import { detectCommunities } from "./communities.js";
import { computeMetrics } from "./metrics.js";
import { links, makeProposal, proposals, topTerms } from "../test/fixtures.js";

/** A, B by org X; C by org Y; A–B 0.5, B–C 0.25. */
function tiny() {
  return buildGraph(
    [
      makeProposal({ id: "A", organization: "X" }),
      makeProposal({ id: "B", organization: "X" }),
      makeProposal({ id: "C", organization: "Y" }),
    ],
    [
      { source: "A", target: "B", score: 0.5, sharedTerms: [] },
      { source: "B", target: "C", score: 0.25, sharedTerms: [] },
    ],
    { include: ["organization"] },
  );
}

describe("computeMetrics", () => {
  it("writes degree and weighted degree over all edges", () => {
    const graph = tiny();
    computeMetrics(graph);
    const pick = (node: string) => [graph.getNodeAttribute(node, "degree"), graph.getNodeAttribute(node, "weightedDegree")];
    expect(pick("proposal:A")).toEqual([2, 1.5]);
    expect(pick("proposal:B")).toEqual([3, 1.75]);
    expect(pick("proposal:C")).toEqual([2, 1.25]);
    expect(pick("organization:x")).toEqual([2, 2]);
    expect(pick("organization:y")).toEqual([1, 1]);
  });

  it("counts only similar edges with similarOnly", () => {
    const graph = tiny();
    computeMetrics(graph, { similarOnly: true, betweenness: false });
    expect(graph.getNodeAttribute("proposal:B", "degree")).toBe(2);
    expect(graph.getNodeAttribute("proposal:B", "weightedDegree")).toBe(0.75);
    expect(graph.getNodeAttribute("organization:x", "degree")).toBe(0);
  });

  it("computes normalised betweenness on the similarity subgraph only", () => {
    const graph = tiny();
    computeMetrics(graph);
    expect(graph.getNodeAttribute("proposal:B", "betweenness")).toBe(1);
    expect(graph.getNodeAttribute("proposal:A", "betweenness")).toBe(0);
    // On the whole graph org X would sit between A and B; here organisations get none.
    expect(graph.getNodeAttribute("organization:x", "betweenness")).toBeUndefined();
    computeMetrics(graph, { betweenness: false });
    expect(graph.getNodeAttribute("proposal:B", "betweenness")).toBeUndefined();
  });

  it("prefers strong similarities as shortest paths", () => {
    // Square P–Q–S and P–R–S: the path through Q is stronger, so Q carries the P–S path.
    const graph = buildGraph(
      ["P", "Q", "R", "S"].map((id) => makeProposal({ id })),
      [
        { source: "P", target: "Q", score: 0.9, sharedTerms: [] },
        { source: "Q", target: "S", score: 0.9, sharedTerms: [] },
        { source: "P", target: "R", score: 0.2, sharedTerms: [] },
        { source: "R", target: "S", score: 0.2, sharedTerms: [] },
      ],
      { include: [] },
    );
    computeMetrics(graph);
    expect(graph.getNodeAttribute("proposal:Q", "betweenness")).toBeGreaterThan(0);
    expect(graph.getNodeAttribute("proposal:R", "betweenness")).toBe(0);
  });

  it("counts the communities each organisation reaches", () => {
    const graph = buildGraph(proposals, links, { topTerms: (id) => topTerms[id] });
    detectCommunities(graph);
    computeMetrics(graph);
    expect(graph.getNodeAttribute("organization:agri-skills", "communitiesBridged" as never)).toBe(2);
    expect(graph.getNodeAttribute("organization:acme-ltd", "communitiesBridged" as never)).toBe(1);
    expect(organizationBridges(graph)).toEqual([
      { key: "organization:agri-skills", label: "Agri Skills", communities: 2, proposals: 2 },
      { key: "organization:digital-bridge", label: "Digital Bridge", communities: 2, proposals: 2 },
      { key: "organization:acme-ltd", label: "ACME Ltd", communities: 1, proposals: 2 },
      { key: "organization:code-club", label: "Code Club", communities: 1, proposals: 1 },
      { key: "organization:femmes-en-action", label: "Femmes en Action", communities: 1, proposals: 1 },
      { key: "organization:mujeres-emprendedoras", label: "Mujeres Emprendedoras", communities: 1, proposals: 1 },
    ]);
  });

  it("counts, for an organisation, the communities of its proposals and of their neighbours, each once", () => {
    // X submitted A (community 0) and B (none); B's neighbours are in communities 1 and 2,
    // A's in 0. Y co-submitted A. Z submitted nothing.
    const graph = buildGraph(
      ["A", "B", "C", "D", "E"].map((id) => makeProposal({ id })),
      [
        { source: "A", target: "C", score: 0.5, sharedTerms: [] },
        { source: "B", target: "D", score: 0.5, sharedTerms: [] },
        { source: "B", target: "E", score: 0.5, sharedTerms: [] },
      ],
      { include: [] },
    );
    const communities: Record<string, number | null> = { A: 0, B: null, C: 0, D: 1, E: 2 };
    for (const [id, community] of Object.entries(communities)) {
      graph.setNodeAttribute(`proposal:${id}`, "community", community);
    }
    for (const key of ["organization:x", "organization:y", "organization:z"]) {
      graph.addNode(key, { kind: "organization", label: key.slice(13).toUpperCase(), organizationType: null });
    }
    const submit = (organization: string, proposal: string) =>
      graph.addEdge(organization, `proposal:${proposal}`, { kind: "submitted-by", weight: 1 });
    submit("organization:x", "A");
    submit("organization:x", "B");
    submit("organization:y", "A");
    expect(organizationBridges(graph)).toEqual([
      { key: "organization:x", label: "X", communities: 3, proposals: 2 },
      { key: "organization:y", label: "Y", communities: 1, proposals: 1 },
      { key: "organization:z", label: "Z", communities: 0, proposals: 0 },
    ]);
  });

  it("tells graph listeners once, when every value is written", () => {
    const graph = buildGraph(proposals, links, { topTerms: (id) => topTerms[id] });
    detectCommunities(graph);
    const events: string[] = [];
    graph.on("nodeAttributesUpdated", () => events.push("node"));
    graph.on("eachNodeAttributesUpdated", () =>
      events.push(`each ${graph.getNodeAttribute("organization:agri-skills", "communitiesBridged" as never)}`),
    );
    computeMetrics(graph, { betweenness: false });
    expect(events).toEqual(["each 2"]);
  });

  it("reports no bridged communities before detection", () => {
    const graph = buildGraph(proposals, links);
    expect(organizationBridges(graph).every((bridge) => bridge.communities === 0)).toBe(true);
  });
});
