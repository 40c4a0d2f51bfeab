/**
 * What changes when a network is large. Measured on software WebGL
 * (SwiftShader, the benchmark's browser): one frame of the 20 000-proposal
 * network (36 000 nodes, 240 000 links) took 1.2 s with every link as a line,
 * 190 ms with nodes only, 75 ms with the proposals only at a third of their
 * size. Large networks are drawn light by default, with smaller nodes.
 */
import type { SkillsGraph } from "@skills-network/core";
import type { DrawingMode } from "../state/types.js";

/** Above this many nodes or links, "auto" drawing is light. */
export const LIGHT_DRAWING_LIMIT = { nodes: 4_000, edges: 20_000 };

/** Proposals up to which nodes keep their full size; beyond, they shrink with the square root of the count. */
export const FULL_SIZE_PROPOSALS = 1_500;
/** Nodes never shrink below this share of their size. */
const MIN_NODE_SCALE = 0.3;

export function isLargeGraph(graph: SkillsGraph): boolean {
  return graph.order > LIGHT_DRAWING_LIMIT.nodes || graph.size > LIGHT_DRAWING_LIMIT.edges;
}

/** Whether the canvas draws light: proposals only, with links and context nodes around the open node. */
export function drawsLight(graph: SkillsGraph, mode: DrawingMode): boolean {
  return mode === "light" || (mode === "auto" && isLargeGraph(graph));
}

/** Factor applied to node sizes so that a crowded map stays readable (and cheap to fill). */
export function nodeScale(proposals: number): number {
  if (proposals <= FULL_SIZE_PROPOSALS) return 1;
  return Math.max(MIN_NODE_SCALE, Math.sqrt(FULL_SIZE_PROPOSALS / proposals));
}
