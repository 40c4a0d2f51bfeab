import type { SkillsGraph } from "@skills-network/core";

/**
 * Nodes within `depth` steps of `key`. The first step follows every link; the
 * next ones only `similar` and `submitted-by` links, because going on through a
 * category or a country (hundreds of proposals) would light up the whole graph.
 */
export function neighbourhood(graph: SkillsGraph, key: string, depth: number): Set<string> {
  const reached = new Set<string>([key]);
  if (!graph.hasNode(key)) return reached;
  let frontier = [key];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attributes, source, target) => {
        if (step > 1 && attributes.kind !== "similar" && attributes.kind !== "submitted-by") return;
        const other = source === node ? target : source;
        if (reached.has(other)) return;
        reached.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return reached;
}
