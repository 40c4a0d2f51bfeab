/**
 * The graph sigma is given. Full drawing hands it the network itself. Light
 * drawing hands it the proposals only, without links: links cost the most to
 * draw, a graph without them keeps every refresh proportional to the nodes,
 * and each node drawn (even hidden) costs on software WebGL. The open
 * neighbourhood's links and context nodes are drawn by open-neighbourhood.ts.
 *
 * Its nodes carry only what the reducers read (position and kind; colours,
 * sizes and labels come from the looks): sigma copies a node's attributes each
 * time it redraws it, and a proposal's attributes hold all its texts.
 */
import Graph from "graphology";
import type { SkillsGraph } from "@skills-network/core";

type Position = { x: number; y: number };

export function lightGraph(network: SkillsGraph): SkillsGraph {
  const graph = new Graph({ type: network.type, multi: network.multi, allowSelfLoops: network.allowSelfLoops });
  network.forEachNode((key, attributes) => {
    if (attributes.kind !== "proposal") return;
    const { x, y } = attributes as unknown as Position;
    graph.addNode(key, { kind: attributes.kind, x, y });
  });
  // Typed as the network for sigma and the reducers, which read only `kind`, `x` and `y` here.
  return graph as unknown as SkillsGraph;
}

/** Copies the network's positions into the light graph (one event: sigma redraws once). */
export function syncPositions(light: SkillsGraph, network: SkillsGraph): void {
  light.updateEachNodeAttributes(
    (key, attributes) => {
      const from = network.getNodeAttributes(key) as unknown as Position;
      const to = attributes as typeof attributes & Position;
      to.x = from.x;
      to.y = from.y;
      return attributes;
    },
    { attributes: ["x", "y"] as never },
  );
}
