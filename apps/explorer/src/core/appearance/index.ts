import type { SkillsGraph } from "@skills-network/core";
import type { NodeLook } from "./types.js";
import { nodeLook } from "./utils.js";

export * from "./types.js";
export * from "./utils.js";
export * from "./palette.js";

/** The look of every node, computed once per network. */
export function computeLooks(graph: SkillsGraph): Map<string, NodeLook> {
  let maxBetweenness = 0;
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === "proposal") maxBetweenness = Math.max(maxBetweenness, attributes.betweenness ?? 0);
  });
  const looks = new Map<string, NodeLook>();
  graph.forEachNode((key, attributes) => looks.set(key, nodeLook(attributes, maxBetweenness)));
  return looks;
}
