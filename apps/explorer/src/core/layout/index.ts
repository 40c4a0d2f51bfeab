/**
 * Layout: community-grouped start, ForceAtlas2 in a web worker for a bounded
 * time, then noverlap (also in a worker, also bounded) so that no two nodes
 * overlap at rest. The state shows in `document.body.dataset.layout`
 * ("running" | "done"); the run is recorded as the performance measure
 * "skills-network:layout" (detail: iterations).
 *
 * The layouts work on a light copy of the graph (positions and link weights
 * only). Positions are copied to the drawn graph at a pace set by how long the
 * last redraw took: on a slow renderer (software WebGL, a huge graph) the main
 * thread stays free to feed the layout worker and to answer the user.
 */
import Graph from "graphology";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import NoverlapLayoutSupervisor from "graphology-layout-noverlap/worker";
import type { SkillsEdgeAttributes, SkillsGraph } from "@skills-network/core";
import { assignPositions, initialPositions } from "./initial.js";

export { initialPositions, assignPositions } from "./initial.js";

export interface LayoutOptions {
  /** The longest ForceAtlas2 may run (ms), from the number of nodes. */
  duration: (order: number) => number;
  /** ForceAtlas2 stops after this many iterations if the time is not up first. */
  iterations: number;
  /** How long noverlap may run (ms) before the layout is declared done. */
  overlapDuration: number;
  /** Node size in screen pixels (what noverlap must keep apart). */
  sizeOf: (key: string) => number;
  /** Size of the drawing area in pixels, to turn node sizes into graph units. */
  viewport: () => { width: number; height: number };
  onDone?: () => void;
}

export const layoutDefaults: Pick<LayoutOptions, "duration" | "iterations" | "overlapDuration"> = {
  duration: (order) => Math.min(8_000, 1_500 + 2 * order),
  iterations: 500,
  overlapDuration: 3_000,
};

/** Redraws during the layout may use at most this share of the main thread. */
const REDRAW_SHARE = 0.25;
const MAX_REDRAW_INTERVAL = 1_000;

type Position = { x: number; y: number };
type LayoutGraph = Graph<Position & { size?: number }, { weight: number }>;

/** Similar links hold communities together; structural links (to hubs) only pull lightly. */
export function layoutEdgeWeight(attributes: SkillsEdgeAttributes): number {
  return attributes.kind === "similar" ? 1 + 4 * attributes.weight : 0.08;
}

export interface LayoutRun {
  /** Stops early and settles (noverlap is skipped). */
  stop(): void;
}

export function placeInitially(graph: SkillsGraph): void {
  assignPositions(graph, initialPositions(graph));
}

export function runLayout(graph: SkillsGraph, partial: Partial<LayoutOptions> & Pick<LayoutOptions, "sizeOf" | "viewport">): LayoutRun {
  const options: LayoutOptions = { ...layoutDefaults, ...partial };
  document.body.dataset.layout = "running";
  performance.mark("skills-network:layout-start");
  const shadow = layoutGraph(graph);
  let iterations = 0;
  let dirty = false;
  shadow.on("eachNodeAttributesUpdated", () => {
    iterations += 1;
    dirty = true;
    if (iterations === options.iterations) {
      clearTimeout(timer);
      // Leave the worker's message handler before killing it.
      timer = setTimeout(startNoverlap, 0);
    }
  });
  // noverlap writes node by node.
  shadow.on("nodeAttributesUpdated", () => {
    dirty = true;
  });

  const fa2 = new FA2LayoutSupervisor(shadow, {
    settings: {
      ...inferSettings(shadow.order),
      barnesHutOptimize: shadow.order > 600,
      gravity: 0.5,
      scalingRatio: 4,
      slowDown: 4,
      edgeWeightInfluence: 1,
    },
    getEdgeWeight: "weight",
  });
  let noverlap: NoverlapLayoutSupervisor | null = null;
  let finished = false;
  let nextFlush = 0;
  let flushedAt: number | null = null;
  let frame = requestAnimationFrame(flushLoop);
  let timer = setTimeout(startNoverlap, options.duration(graph.order));
  fa2.start();

  function flushLoop(now: number): void {
    if (flushedAt !== null) {
      // The frame after a flush carries the redraw: its length is what a redraw costs.
      const cost = now - flushedAt;
      nextFlush = now + Math.min(MAX_REDRAW_INTERVAL, (cost * (1 - REDRAW_SHARE)) / REDRAW_SHARE);
      flushedAt = null;
    }
    if (dirty && now >= nextFlush) {
      flush();
      flushedAt = now;
    }
    frame = requestAnimationFrame(flushLoop);
  }

  function flush(): void {
    dirty = false;
    copyPositions(shadow, graph);
  }

  function startNoverlap(): void {
    fa2.kill();
    if (finished || noverlap) return;
    const unitsPerPixel = graphUnitsPerPixel(shadow, options.viewport());
    noverlap = new NoverlapLayoutSupervisor(shadow, {
      settings: { margin: 1.5 * unitsPerPixel, ratio: 1, speed: 3 },
      inputReducer: (key, attributes) => ({ x: attributes.x, y: attributes.y, size: options.sizeOf(key) * unitsPerPixel }),
      onConverged: finish,
    });
    noverlap.start();
    timer = setTimeout(finish, options.overlapDuration);
  }

  function finish(): void {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    fa2.kill();
    noverlap?.kill();
    flush();
    performance.measure("skills-network:layout", { start: "skills-network:layout-start", detail: { iterations, nodes: graph.order } });
    document.body.dataset.layout = "done";
    options.onDone?.();
  }

  return { stop: finish };
}

/** Positions and link weights only: what the layouts read and write. */
function layoutGraph(graph: SkillsGraph): LayoutGraph {
  const shadow: LayoutGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((key, attributes) => {
    const { x, y } = attributes as unknown as Position;
    shadow.addNode(key, { x, y });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    shadow.addUndirectedEdgeWithKey(edge, source, target, { weight: layoutEdgeWeight(attributes) });
  });
  return shadow;
}

function copyPositions(from: LayoutGraph, to: SkillsGraph): void {
  to.updateEachNodeAttributes(
    (key, attributes) => {
      const position = from.getNodeAttributes(key);
      const target = attributes as typeof attributes & Position;
      target.x = position.x;
      target.y = position.y;
      return attributes;
    },
    { attributes: ["x", "y"] as never },
  );
}

/** noverlap works in graph units: screen pixels are converted at the graph's current extent. */
function graphUnitsPerPixel(graph: LayoutGraph, viewport: { width: number; height: number }): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_key, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const extent = Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1e-9) : 1;
  return extent / Math.max(1, Math.min(viewport.width, viewport.height));
}
