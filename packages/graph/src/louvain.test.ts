import { describe, expect, it } from "vitest";
import { DirectedGraph, UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import karateModule from "graphology-generators/social/karate-club.js";
import { cjsDefault } from "./interop.js";
import { detectCommunitiesOn, louvainDefaults } from "./louvain.js";

const karateClub = cjsDefault(karateModule);

/** Zachary's karate club, undirected and unweighted (with a mixed `Graph` the generator adds directed edges). */
function karate(): AbstractGraph {
  return karateClub(UndirectedGraph);
}

function isConnected(graph: AbstractGraph, members: string[]): boolean {
  const inside = new Set(members);
  const seen = new Set([members[0]]);
  const queue = [members[0]];
  while (queue.length > 0) {
    for (const neighbour of graph.neighbors(queue.pop() as string)) {
      if (inside.has(neighbour) && !seen.has(neighbour)) {
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return seen.size === inside.size;
}

describe("detectCommunitiesOn", () => {
  it("finds the classic split of Zachary's karate club with the default seed", () => {
    const graph = karate();
    expect([graph.order, graph.size]).toEqual([34, 78]);
    const partition = detectCommunitiesOn(graph);
    expect(louvainDefaults.seed).toBe(42);
    expect(partition.modularity).toBeGreaterThanOrEqual(0.4188);
    expect(partition.members.map((members) => members.length)).toEqual([12, 11, 6, 5]);
    for (const members of partition.members) expect(isConnected(graph, members)).toBe(true);
    expect(partition.communities.size).toBe(34);
  });

  it("gives the same partition for the same seed, and numbers communities largest first", () => {
    const first = detectCommunitiesOn(karate(), { seed: 7 });
    const second = detectCommunitiesOn(karate(), { seed: 7 });
    expect(second.members).toEqual(first.members);
    expect(second.modularity).toBe(first.modularity);
    const sizes = first.members.map((members) => members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const [index, members] of first.members.entries()) {
      expect(members).toEqual([...members].sort());
      for (const node of members) expect(first.communities.get(node)).toBe(index);
    }
  });

  it("makes more, smaller communities at a higher resolution", () => {
    const coarse = detectCommunitiesOn(karate(), { resolution: 0.5 });
    const fine = detectCommunitiesOn(karate(), { resolution: 2 });
    expect(fine.members.length).toBeGreaterThan(coarse.members.length);
  });

  it("uses edge weights", () => {
    // A 4-cycle: the heavy edges decide which pairs belong together.
    const graph = new UndirectedGraph();
    for (const [a, b, weight] of [["a", "b", 10], ["b", "c", 1], ["c", "d", 10], ["d", "a", 1]] as const) {
      graph.mergeEdge(a, b, { weight });
    }
    expect(detectCommunitiesOn(graph).members).toEqual([["a", "b"], ["c", "d"]]);
    const swapped = new UndirectedGraph();
    for (const [a, b, weight] of [["a", "b", 1], ["b", "c", 10], ["c", "d", 1], ["d", "a", 10]] as const) {
      swapped.mergeEdge(a, b, { weight });
    }
    expect(detectCommunitiesOn(swapped).members).toEqual([["a", "d"], ["b", "c"]]);
  });

  it("leaves nodes without edges alone, with modularity 0 when there is no edge", () => {
    const graph = new UndirectedGraph();
    graph.addNode("b");
    graph.addNode("a");
    const partition = detectCommunitiesOn(graph);
    expect(partition.members).toEqual([["a"], ["b"]]);
    expect(partition.modularity).toBe(0);
    expect(detectCommunitiesOn(new UndirectedGraph()).members).toEqual([]);
  });

  it("refuses directed graphs", () => {
    expect(() => detectCommunitiesOn(karateClub(DirectedGraph))).toThrow(/needs an undirected graph/);
  });
});
