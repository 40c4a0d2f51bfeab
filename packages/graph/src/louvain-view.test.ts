import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import louvainModule from "graphology-communities-louvain";
import clustersModule from "graphology-generators/random/clusters.js";
import karateModule from "graphology-generators/social/karate-club.js";
import { cjsDefault } from "./interop.js";
import { louvainView } from "./louvain-view.js";
import { mulberry32 } from "./random.js";
import { weightedEdgeList } from "./weighted-edge-list.js";

const louvain = cjsDefault(louvainModule);
const clusters = cjsDefault(clustersModule);
const karateClub = cjsDefault(karateModule);

/** Deterministic weights in (0, 3], some edges left without one (they weigh 1). */
function weighted(graph: AbstractGraph): AbstractGraph {
  let i = 0;
  graph.forEachEdge((edge) => {
    if (i % 5 !== 4) graph.setEdgeAttribute(edge, "weight", 0.1 + ((i * 53) % 29) / 10);
    i++;
  });
  return graph;
}

function detailed(graph: AbstractGraph, seed: number) {
  const { communities, modularity, level, count } = louvain.detailed(graph, {
    rng: mulberry32(seed),
    getEdgeWeight: "weight",
  });
  return { communities, modularity, level, count };
}

/** Louvain on the view of the graph's edge list, with communities keyed by node again. */
function detailedOnView(graph: AbstractGraph, seed: number) {
  const list = weightedEdgeList(graph, "weight");
  const result = detailed(louvainView(list), seed);
  const communities = Object.fromEntries(list.nodes.map((node, position) => [node, result.communities[position]]));
  return { ...result, communities };
}

describe("louvainView", () => {
  it("gives graphology-communities-louvain exactly the partition it finds on the graph itself", () => {
    const graphs = [
      weighted(karateClub(UndirectedGraph)),
      weighted(
        clusters(UndirectedGraph, { order: 400, size: 2400, clusters: 12, clusterDensity: 0.8, rng: mulberry32(1) }),
      ),
    ];
    for (const graph of graphs) {
      for (const seed of [1, 7, 42]) expect(detailedOnView(graph, seed)).toEqual(detailed(graph, seed));
    }
  });

  it("names its nodes by position", () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge("x", "y");
    graph.addNode("z");
    const nodes: unknown[] = [];
    louvainView(weightedEdgeList(graph, "weight")).forEachNode((node) => nodes.push(node));
    expect(nodes).toEqual([0, 1, 2]);
  });

  it("counts degrees without self-loops and keeps the loops' weight", () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge("a", "b", { weight: 2 });
    graph.mergeEdge("b", "c", { weight: 1 });
    graph.mergeEdge("c", "c", { weight: 4 });
    graph.mergeEdge("c", "d", { weight: 2 });
    const view = louvainView(weightedEdgeList(graph, "weight"));
    expect([view.order, view.size, view.selfLoopCount]).toEqual([4, 4, 1]);
    // c is node 2.
    expect(view.undirectedDegreeWithoutSelfLoops(2 as unknown as string)).toBe(2);
    expect(detailedOnView(graph, 3)).toEqual(detailed(graph, 3));
  });

  it("is read-only", () => {
    const view = louvainView(weightedEdgeList(karateClub(UndirectedGraph), "weight"));
    expect(() => view.dropNode("1")).toThrow(/read-only/);
  });
});
