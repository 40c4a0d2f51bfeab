import { UnionFind } from "./union-find.js";
import type { WeightedEdgeList } from "./weighted-edge-list.js";

/**
 * Splits every community that is not connected into its connected parts:
 * union–find over the edges whose two ends are in the same community.
 * `found[i]` is the community of node `i` of the list. Parts come in the order
 * of their first node, members in node order, as node indices.
 * `splitCount` is the number of communities that had to be split.
 */
export function connectedParts(
  list: WeightedEdgeList,
  found: ArrayLike<number>,
): { parts: number[][]; splitCount: number } {
  const { nodes, sources, targets } = list;
  const sets = new UnionFind(nodes.length);
  for (let i = 0; i < sources.length; i++) {
    if (found[sources[i]] === found[targets[i]]) sets.union(sources[i], targets[i]);
  }

  const parts: number[][] = [];
  const partOfRoot = new Int32Array(nodes.length).fill(-1);
  // Per community: the root of its first part, and whether a second root showed up.
  const firstRoot = new Map<number, number>();
  const split = new Set<number>();
  for (let node = 0; node < nodes.length; node++) {
    const root = sets.find(node);
    if (partOfRoot[root] === -1) {
      partOfRoot[root] = parts.length;
      parts.push([node]);
    } else parts[partOfRoot[root]].push(node);
    const community = found[node];
    const first = firstRoot.get(community);
    if (first === undefined) firstRoot.set(community, root);
    else if (first !== root) split.add(community);
  }
  return { parts, splitCount: split.size };
}
