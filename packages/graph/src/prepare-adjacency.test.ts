import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import { prepareAdjacency } from "./prepare-adjacency.js";
import type { SkillsGraph } from "./types.js";

function graphOf(nodes: string[]): SkillsGraph {
  const graph: SkillsGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node, { kind: "region", label: node });
  return graph;
}

describe("prepareAdjacency", () => {
  it("leaves the graph as it was: same nodes, no edges, the same order after more are added", () => {
    const graph = graphOf(["a", "b", "c"]);
    const events: string[] = [];
    prepareAdjacency(graph, ["a", "b", "c"]);
    graph.on("edgeAdded", ({ key }) => events.push(key));
    expect([graph.order, graph.size, graph.nodes()]).toEqual([3, 0, ["a", "b", "c"]]);
    graph.addNode("d", { kind: "region", label: "d" });
    graph.addEdgeWithKey("c-a", "c", "a", { kind: "in-region", weight: 1 });
    graph.addEdgeWithKey("a-d", "a", "d", { kind: "in-region", weight: 1 });
    graph.addEdgeWithKey("a-b", "a", "b", { kind: "in-region", weight: 1 });
    expect(graph.nodes()).toEqual(["a", "b", "c", "d"]);
    expect(graph.edges()).toEqual(["c-a", "a-d", "a-b"]);
    // Neighbours come back in the order they were added.
    expect(graph.neighbors("a")).toEqual(["c", "d", "b"]);
    expect(graph.edges("a")).toEqual(["c-a", "a-d", "a-b"]);
    expect(events).toEqual(["c-a", "a-d", "a-b"]);
  });

  it("can run twice and on no node", () => {
    const graph = graphOf(["a"]);
    prepareAdjacency(graph, ["a"]);
    prepareAdjacency(graph, ["a"]);
    prepareAdjacency(graph, []);
    expect([graph.order, graph.size, graph.degree("a")]).toEqual([1, 0, 0]);
  });
});
