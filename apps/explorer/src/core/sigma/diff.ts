/**
 * What a view-state change touches on screen, so that sigma redraws only
 * those nodes and edges instead of re-running the reducers on the whole graph
 * (on 20 000 proposals a full refresh takes the better part of a second).
 */
import type { SkillsGraph } from "@skills-network/core";
import type { ReducerInput } from "./reducers.js";

/** Every node must be redrawn (a colour or size mode changed, or fading started or stopped). */
export const EVERYTHING = "everything" as const;

const EMPTY: ReadonlySet<string> = new Set();
/** Share of changed nodes above which the whole graph is redrawn. */
export const FULL_REFRESH_SHARE = 0.5;

export interface ChangedItems {
  nodes: Set<string>;
  edges: Set<string>;
}

/** `graph` is the graph sigma draws (under light drawing: every node, no links). */
export function changedItems(graph: SkillsGraph, previous: ReducerInput, next: ReducerInput): ChangedItems | typeof EVERYTHING {
  const a = previous.state;
  const b = next.state;
  if (
    previous.looks !== next.looks ||
    a.colorMode !== b.colorMode ||
    a.sizeMode !== b.sizeMode ||
    a.filterMode !== b.filterMode ||
    previous.fadeOutsideHighlight !== next.fadeOutsideHighlight ||
    previous.light !== next.light ||
    previous.nodeScale !== next.nodeScale
  ) {
    return EVERYTHING;
  }
  // Opening or closing a node fades or restores every other node.
  if (next.fadeOutsideHighlight && (previous.highlight === null) !== (next.highlight === null)) return EVERYTHING;

  const nodes = new Set<string>();
  if (previous.labels !== next.labels) {
    for (const key of previous.labels.keys()) nodes.add(key);
    for (const key of next.labels.keys()) nodes.add(key);
  }
  addDifference(graph, previous.visible, next.visible, nodes);
  // No open neighbourhood is an empty one (unlike visibility, where null means "all").
  addDifference(graph, previous.highlight ?? EMPTY, next.highlight ?? EMPTY, nodes);
  // Nodes the drawn graph lacks (context nodes under light drawing) have nothing to redraw.
  for (const key of nodes) if (!graph.hasNode(key)) nodes.delete(key);
  for (const key of [a.selection, b.selection, a.hoveredNode, b.hoveredNode]) {
    if (key !== null && key !== undefined && graph.hasNode(key)) nodes.add(key);
  }
  // When most of the graph changes, one full pass costs less than collecting every touched link
  // (without links, redrawing the changed nodes is always cheaper).
  if (graph.size > 0 && nodes.size > graph.order * FULL_REFRESH_SHARE) return EVERYTHING;
  const edges = new Set<string>();
  for (const node of nodes) graph.forEachEdge(node, (edge) => edges.add(edge));
  return { nodes, edges };
}

/** Adds the nodes in exactly one of two sets; null stands for "every node". */
function addDifference(
  graph: SkillsGraph,
  before: ReadonlySet<string> | null,
  after: ReadonlySet<string> | null,
  into: Set<string>,
): void {
  if (before === after) return;
  if (before === null || after === null) {
    const set = (before ?? after)!;
    graph.forEachNode((key) => {
      if (!set.has(key)) into.add(key);
    });
    return;
  }
  for (const key of before) if (!after.has(key)) into.add(key);
  for (const key of after) if (!before.has(key)) into.add(key);
}
