import { UndirectedGraph } from "graphology";
import { EDGE_KINDS, NODE_KINDS } from "@skills-network/graph";
import type { SkillsGraph } from "@skills-network/graph";
import type { SerializedSkillsGraph } from "./types.js";

/**
 * The graph as graphology's serialisation format, every attribute included.
 * The result is a plain copy (no shared arrays) that survives JSON.stringify.
 */
export function toGraphologyJSON(graph: SkillsGraph): SerializedSkillsGraph {
  return JSON.parse(JSON.stringify(graph.export())) as SerializedSkillsGraph;
}

/** Rebuilds a graph saved by `toGraphologyJSON`, checking it is a Skills Network graph first. */
export function fromGraphologyJSON(data: SerializedSkillsGraph): SkillsGraph {
  check(data);
  const graph: SkillsGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.import(data);
  return graph;
}

function check(data: SerializedSkillsGraph): void {
  if (typeof data !== "object" || data === null || !Array.isArray(data.nodes)) {
    throw invalid("it has no `nodes` array. Pass the object that toGraphologyJSON returned (parsed from JSON)");
  }
  if (data.options !== undefined && (data.options.type !== "undirected" || data.options.multi === true)) {
    throw invalid(
      `it is a ${data.options.multi ? "multi " : ""}${data.options.type ?? "mixed"} graph, not a simple undirected one`,
    );
  }
  const nodes = new Set<string>();
  for (const node of data.nodes) {
    const kind = node.attributes?.kind;
    if (!(NODE_KINDS as readonly unknown[]).includes(kind)) throw invalid(`node "${node.key}" has kind ${JSON.stringify(kind)}`);
    nodes.add(node.key);
  }
  for (const edge of data.edges ?? []) {
    const kind = edge.attributes?.kind;
    if (!(EDGE_KINDS as readonly unknown[]).includes(kind)) {
      throw invalid(`edge "${edge.key ?? `${edge.source}–${edge.target}`}" has kind ${JSON.stringify(kind)}`);
    }
    for (const end of [edge.source, edge.target]) {
      if (!nodes.has(end)) throw invalid(`edge "${edge.key ?? `${edge.source}–${edge.target}`}" names unknown node "${end}"`);
    }
  }
}

function invalid(reason: string): Error {
  return new Error(`@skills-network/export: not a Skills Network graph: ${reason}. Export it with toGraphologyJSON.`);
}
