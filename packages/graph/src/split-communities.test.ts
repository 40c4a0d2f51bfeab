import { describe, expect, it } from "vitest";
import { connectedParts } from "./split-communities.js";
import type { WeightedEdgeList } from "./weighted-edge-list.js";

/** An edge list over `nodes` with unit weights. */
function edgeList(nodes: string[], edges: [string, string][]): WeightedEdgeList {
  const at = (node: string) => nodes.indexOf(node);
  return {
    nodes,
    sources: Uint32Array.from(edges.map(([source]) => at(source))),
    targets: Uint32Array.from(edges.map(([, target]) => at(target))),
    weights: new Float64Array(edges.length).fill(1),
  };
}

describe("connectedParts", () => {
  it("splits a community whose members are not connected to each other", () => {
    // a–b  c–d  b–e, with {a, b, c, d} put together as Louvain might leave them.
    const list = edgeList(["a", "b", "c", "d", "e"], [["a", "b"], ["c", "d"], ["b", "e"]]);
    const { parts, splitCount } = connectedParts(list, [0, 0, 0, 0, 1]);
    expect(splitCount).toBe(1);
    expect(parts).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("lists parts in the order of their first node, members in node order", () => {
    // a–b and c–d interleaved, all in one community, plus e–f in another split three ways.
    const list = edgeList(["a", "c", "b", "d", "e", "f", "g", "h"], [["a", "b"], ["c", "d"], ["e", "f"]]);
    const { parts, splitCount } = connectedParts(list, [0, 0, 0, 0, 1, 1, 1, 1]);
    expect(parts).toEqual([[0, 2], [1, 3], [4, 5], [6], [7]]);
    // Two communities were split, whatever the number of parts.
    expect(splitCount).toBe(2);
  });

  it("keeps connected communities whole and ignores edges between communities", () => {
    const list = edgeList(["a", "b", "c", "d"], [["a", "b"], ["b", "c"], ["c", "d"]]);
    expect(connectedParts(list, [0, 0, 0, 1])).toEqual({ parts: [[0, 1, 2], [3]], splitCount: 0 });
    expect(connectedParts(list, [0, 1, 0, 1])).toEqual({ parts: [[0], [1], [2], [3]], splitCount: 2 });
  });
});
