/**
 * Layout, seen from the page. The network worker places nodes on community
 * discs before it sends the graph, then runs ForceAtlas2 and noverlap next to
 * the network it holds (see force.ts) and sends positions back: at a steady
 * pace on small networks, so the map settles on screen, and once at the end on
 * large ones, so that the page never redraws 20 000 nodes for an intermediate
 * state. The state shows in `document.body.dataset.layout` ("running" |
 * "done"); the run is recorded as the performance measure
 * "skills-network:layout" (detail: iterations, nodes).
 */
import type { SkillsGraph } from "@skills-network/core";
import type { LayoutRequest } from "../graph/types.js";
import type { PositionsListener } from "../graph/client.js";

export { initialPositions, assignPositions } from "./initial.js";
export { layoutEdgeWeight, iterationBudget } from "./force.js";

export interface LayoutOptions {
  /** Asks the worker for the layout (NetworkClient.layout). */
  layout: (request: LayoutRequest, onPositions: PositionsListener) => Promise<number | null>;
  /** Node size in screen pixels (what noverlap must keep apart). */
  sizeOf: (key: string) => number;
  /** Size of the drawing area in pixels. */
  viewport: () => { width: number; height: number };
  /** Milliseconds between two position updates; Infinity for one update at the end. */
  postEvery: number;
  /** Called after new positions were written to the graph. */
  onPositions?: () => void;
  onDone?: () => void;
}

/** Position updates on small networks: often enough to watch the map settle, rarely enough to keep redraws cheap. */
export const SMALL_NETWORK_UPDATE_INTERVAL = 150;

export interface LayoutRun {
  /** Stops listening and settles: later positions are ignored. */
  stop(): void;
}

export function runLayout(graph: SkillsGraph, options: LayoutOptions): LayoutRun {
  document.body.dataset.layout = "running";
  performance.mark("skills-network:layout-start");
  let finished = false;
  const sizes = new Float32Array(graph.order);
  let i = 0;
  graph.forEachNode((key) => {
    sizes[i++] = options.sizeOf(key);
  });

  const finish = (iterations: number | null) => {
    if (finished) return;
    finished = true;
    performance.measure("skills-network:layout", { start: "skills-network:layout-start", detail: { iterations, nodes: graph.order } });
    document.body.dataset.layout = "done";
    options.onDone?.();
  };

  options
    .layout({ sizes, viewport: options.viewport(), postEvery: options.postEvery }, (positions) => {
      if (finished) return;
      applyPositions(graph, positions);
      options.onPositions?.();
    })
    .then(finish, () => finish(null));

  return { stop: () => finish(null) };
}

/** Writes x, y (graph order) into the node attributes in place, with one event for listeners (sigma). */
export function applyPositions(graph: SkillsGraph, positions: Float32Array): void {
  if (positions.length !== graph.order * 2) return;
  let i = 0;
  graph.updateEachNodeAttributes(
    (_key, attributes) => {
      const positioned = attributes as typeof attributes & { x: number; y: number };
      positioned.x = positions[2 * i]!;
      positioned.y = positions[2 * i + 1]!;
      i += 1;
      return attributes;
    },
    { attributes: ["x", "y"] as never },
  );
}
