import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import { buildGraph } from "./build-graph.js";
import { similarityEdgeList, weightedEdgeList } from "./weighted-edge-list.js";
import { links, proposals } from "../test/fixtures.js";

describe("weightedEdgeList", () => {
  it("keeps the graph's node and edge order, each edge's ends and its weight", () => {
    const graph = new UndirectedGraph();
    graph.addNode("z");
    graph.mergeEdge("b", "a", { weight: 0.5 });
    graph.mergeEdge("a", "z", { weight: 2 });
    const list = weightedEdgeList(graph, "weight");
    expect(list.nodes).toEqual(["z", "b", "a"]);
    expect([...list.sources]).toEqual([1, 2]);
    expect([...list.targets]).toEqual([2, 0]);
    expect([...list.weights]).toEqual([0.5, 2]);
  });

  it("counts a missing, non-numeric or NaN weight as 1, like graphology's getters", () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge("a", "b");
    graph.mergeEdge("b", "c", { weight: "heavy" });
    graph.mergeEdge("c", "d", { weight: Number.NaN });
    graph.mergeEdge("d", "e", { size: 3 });
    expect([...weightedEdgeList(graph, "weight").weights]).toEqual([1, 1, 1, 1]);
    expect([...weightedEdgeList(graph, "size").weights]).toEqual([1, 1, 1, 3]);
  });
});

describe("similarityEdgeList", () => {
  it("holds every proposal in graph order and only the similar edges, weighted by cosine", () => {
    const graph = buildGraph(proposals, links);
    const list = similarityEdgeList(graph);
    expect(list.nodes).toEqual(proposals.map((proposal) => `proposal:${proposal.id}`));
    const similar = graph.filterEdges((_edge, attributes) => attributes.kind === "similar");
    expect(list.sources.length).toBe(similar.length);
    similar.forEach((edge, i) => {
      expect([list.nodes[list.sources[i]], list.nodes[list.targets[i]]]).toEqual(graph.extremities(edge));
      expect(list.weights[i]).toBe(graph.getEdgeAttribute(edge, "weight"));
    });
  });

  it("refuses a similar edge that touches a node other than a proposal", () => {
    const graph = buildGraph(proposals.slice(0, 3), [], { include: ["organization"] });
    graph.addEdge("proposal:P03", "organization:acme-ltd", {
      kind: "similar",
      weight: 0.5,
      sharedTerms: [],
      sharedTermWeights: [],
    });
    expect(() => similarityEdgeList(graph)).toThrow(/"organization:acme-ltd", which is not a proposal node/);
  });
});
