import type { AbstractGraph as Graph } from "graphology-types";
import { UnionFind } from "./union-find.js";

/**
 * Splits every community that is not connected into its connected parts:
 * union–find over the edges whose two ends are in the same community.
 * `splitCount` is the number of communities that had to be split.
 */
export function connectedParts(
  graph: Graph,
  found: Record<string, number>,
): { parts: string[][]; splitCount: number } {
  const nodes = graph.nodes();
  const position = new Map(nodes.map((node, index) => [node, index]));
  const sets = new UnionFind(nodes.length);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (found[source] === found[target]) sets.union(position.get(source) as number, position.get(target) as number);
  });

  const partsByRoot = new Map<number, string[]>();
  const rootsByCommunity = new Map<number, Set<number>>();
  nodes.forEach((node, index) => {
    const root = sets.find(index);
    const part = partsByRoot.get(root);
    if (part) part.push(node);
    else partsByRoot.set(root, [node]);
    const roots = rootsByCommunity.get(found[node]) ?? new Set<number>();
    roots.add(root);
    rootsByCommunity.set(found[node], roots);
  });
  let splitCount = 0;
  for (const roots of rootsByCommunity.values()) if (roots.size > 1) splitCount++;
  return { parts: [...partsByRoot.values()], splitCount };
}

