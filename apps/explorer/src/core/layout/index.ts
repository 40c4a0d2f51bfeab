/**
 * Layout: community-grouped start, ForceAtlas2 in a web worker for a bounded
 * time, then noverlap so that no two nodes overlap at rest. The state shows in
 * `document.body.dataset.layout` ("running" | "done").
 */
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { SkillsEdgeAttributes, SkillsGraph } from "@skills-network/core";
import { assignPositions, initialPositions } from "./initial.js";

export { initialPositions, assignPositions } from "./initial.js";

export interface LayoutOptions {
  /** How long ForceAtlas2 runs, from the graph's size; it stops earlier when killed. */
  duration: (order: number) => number;
  /** Node size in screen pixels (what noverlap must keep apart). */
  sizeOf: (key: string) => number;
  /** Size of the drawing area in pixels, to turn node sizes into graph units. */
  viewport: () => { width: number; height: number };
  onDone?: () => void;
}

export const layoutDefaults: Pick<LayoutOptions, "duration"> = {
  duration: (order) => Math.min(8_000, 1_500 + 2 * order),
};

/** Similar links hold communities together; structural links (to hubs) only pull lightly. */
export function layoutEdgeWeight(_edge: string, attributes: SkillsEdgeAttributes): number {
  return attributes.kind === "similar" ? 1 + 4 * attributes.weight : 0.08;
}

export interface LayoutRun {
  stop(): void;
}

export function placeInitially(graph: SkillsGraph): void {
  assignPositions(graph, initialPositions(graph));
}

export function runLayout(graph: SkillsGraph, options: LayoutOptions): LayoutRun {
  document.body.dataset.layout = "running";
  const settings = {
    ...inferSettings(graph.order),
    barnesHutOptimize: graph.order > 600,
    gravity: 0.5,
    scalingRatio: 4,
    slowDown: 4,
    edgeWeightInfluence: 1,
  };
  const supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: layoutEdgeWeight as never });
  supervisor.start();
  let finished = false;
  const timer = setTimeout(finish, options.duration(graph.order));

  function finish(): void {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    supervisor.kill();
    removeOverlaps(graph, options);
    document.body.dataset.layout = "done";
    options.onDone?.();
  }

  return { stop: finish };
}

/** noverlap works in graph units: node sizes are converted from screen pixels at the current extent. */
function removeOverlaps(graph: SkillsGraph, options: LayoutOptions): void {
  if (graph.order === 0) return;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_key, attributes) => {
    const { x, y } = attributes as unknown as { x: number; y: number };
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const { width, height } = options.viewport();
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  const unitsPerPixel = extent / Math.max(1, Math.min(width, height));
  noverlap.assign(graph, {
    maxIterations: 80,
    settings: { margin: 1.5 * unitsPerPixel, ratio: 1, speed: 3 },
    inputReducer: (key, attributes) => ({ x: attributes.x, y: attributes.y, size: options.sizeOf(key) * unitsPerPixel }),
    outputReducer: (_key, attributes) => ({ x: attributes.x, y: attributes.y }),
  });
}
