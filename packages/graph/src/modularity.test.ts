import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import karateModule from "graphology-generators/social/karate-club.js";
import modularityModule from "graphology-metrics/graph/modularity.js";
import { cjsDefault } from "./interop.js";
import { edgeListModularity } from "./modularity.js";
import { weightedEdgeList } from "./weighted-edge-list.js";

const karateClub = cjsDefault(karateModule);
const graphologyModularity = cjsDefault(modularityModule);

describe("edgeListModularity", () => {
  it("gives graphology-metrics' modularity, to the last bit, on a weighted graph", () => {
    const graph = karateClub(UndirectedGraph);
    let i = 0;
    graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, "weight", 0.05 + ((i++ * 37) % 23) / 7));
    const list = weightedEdgeList(graph, "weight");
    for (const groups of [2, 3, 5, 34]) {
      const communityOf = Int32Array.from(list.nodes, (_node, index) => (index * 7) % groups);
      const expected = graphologyModularity(graph, {
        getNodeCommunity: (node: string) => communityOf[list.nodes.indexOf(node)],
        getEdgeWeight: "weight",
      });
      expect(edgeListModularity(list, communityOf, groups)).toBe(expected);
    }
  });

  it("scores two triangles joined by one edge at 6/7 - 1/2", () => {
    const graph = new UndirectedGraph();
    for (const [a, b] of [["a", "b"], ["b", "c"], ["c", "a"], ["d", "e"], ["e", "f"], ["f", "d"], ["c", "d"]]) {
      graph.mergeEdge(a, b);
    }
    const list = weightedEdgeList(graph, "weight");
    const communityOf = Int32Array.from(list.nodes, (node) => ("abc".includes(node) ? 0 : 1));
    expect(edgeListModularity(list, communityOf, 2)).toBeCloseTo(6 / 7 - 1 / 2, 15);
    // Everything in one community explains nothing.
    expect(edgeListModularity(list, new Int32Array(6), 1)).toBe(0);
  });

  it("is NaN when every weight is 0", () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge("a", "b", { weight: 0 });
    expect(edgeListModularity(weightedEdgeList(graph, "weight"), Int32Array.from([0, 1]), 2)).toBeNaN();
  });
});
