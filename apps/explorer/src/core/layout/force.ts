/**
 * The layout as the network worker runs it, next to the network it already
 * holds: ForceAtlas2 for a fixed number of iterations, then noverlap until no
 * two nodes overlap, both on typed arrays, in slices short enough for the
 * worker to answer similarity queries in between. Positions go to the page
 * as one Float32Array (x, y per node, in graph order) at a set pace, or once
 * at the end.
 */
import iterateForceAtlas2 from "graphology-layout-forceatlas2/iterate.js";
import forceAtlas2Defaults from "graphology-layout-forceatlas2/defaults.js";
import iterateNoverlap from "graphology-layout-noverlap/iterate.js";
import noverlapDefaults from "graphology-layout-noverlap/defaults.js";
import type { SkillsEdgeAttributes, SkillsGraph } from "@skills-network/core";

/** ForceAtlas2 matrices: 10 floats per node, 3 per edge (the package's layout). */
const FA2_NODE_STRIDE = 10;
const FA2_EDGE_STRIDE = 3;
/** noverlap matrix: x, y, size per node. */
const NOVERLAP_STRIDE = 3;

export interface ForceLayoutOptions {
  /** ForceAtlas2 iterations (the budget; fewer only if `maxDuration` runs out first). */
  iterations: number;
  /** noverlap iterations at most (it stops earlier once nothing overlaps). */
  overlapIterations: number;
  /** Safety net on slow machines: ForceAtlas2 stops after this long (ms) even if the budget is not spent. */
  maxDuration: number;
  /** How long noverlap may run (ms) before the layout is declared done. */
  overlapDuration: number;
  /** Node sizes in screen pixels, in graph order (what noverlap keeps apart). */
  sizes: Float32Array;
  /** Drawing area in pixels, to turn sizes into graph units. */
  viewport: { width: number; height: number };
  /** Milliseconds between two position updates sent to the page (Infinity: only the final one). */
  postEvery: number;
  /** Length of one slice of work before yielding (ms). */
  slice: number;
  now: () => number;
  /** Gives way to other messages between slices. */
  yieldToEvents: () => Promise<void>;
  /** True once this run is superseded (another network is being built). */
  cancelled: () => boolean;
  onPositions: (positions: Float32Array, iterations: number, done: boolean) => void;
}

export const forceLayoutDefaults: Pick<ForceLayoutOptions, "maxDuration" | "overlapDuration" | "slice" | "overlapIterations"> = {
  maxDuration: 15_000,
  overlapDuration: 3_000,
  slice: 40,
  overlapIterations: 150,
};

/** ForceAtlas2 iterations for a graph: 500 up to 2 000 nodes, then fewer (each one costs more), never under 40. */
export function iterationBudget(order: number): number {
  return order <= 2_000 ? 500 : Math.max(40, Math.round((500 * 2_000) / order));
}

/** Similar links hold communities together; structural links (to hubs) only pull lightly. */
export function layoutEdgeWeight(attributes: SkillsEdgeAttributes): number {
  return attributes.kind === "similar" ? 1 + 4 * attributes.weight : 0.08;
}

/** ForceAtlas2 settings for a graph of `order` nodes. */
export function forceAtlas2Settings(order: number): Record<string, number | boolean> {
  return {
    ...forceAtlas2Defaults,
    strongGravityMode: true,
    barnesHutOptimize: order > 600,
    gravity: 0.5,
    scalingRatio: 4,
    slowDown: 4,
    edgeWeightInfluence: 1,
  };
}

/** Runs the layout on the graph's x/y attributes and writes the result back into them. Resolves with the ForceAtlas2 iterations run. */
export async function runForceLayout(graph: SkillsGraph, options: ForceLayoutOptions): Promise<number> {
  const order = graph.order;
  const { nodes, edges } = forceAtlas2Matrices(graph);
  const settings = forceAtlas2Settings(order);
  let iterations = 0;
  let lastPost = options.now();

  const positions = (): Float32Array => {
    const xy = new Float32Array(order * 2);
    for (let i = 0; i < order; i++) {
      xy[2 * i] = nodes[i * FA2_NODE_STRIDE]!;
      xy[2 * i + 1] = nodes[i * FA2_NODE_STRIDE + 1]!;
    }
    return xy;
  };
  const maybePost = () => {
    if (options.now() - lastPost < options.postEvery) return;
    lastPost = options.now();
    options.onPositions(positions(), iterations, false);
  };

  const forceStart = options.now();
  while (iterations < options.iterations && options.now() - forceStart < options.maxDuration) {
    const sliceStart = options.now();
    do {
      iterateForceAtlas2(settings, nodes, edges);
      iterations += 1;
    } while (iterations < options.iterations && options.now() - sliceStart < options.slice);
    maybePost();
    await options.yieldToEvents();
    if (options.cancelled()) return iterations;
  }

  // noverlap: sizes in graph units, at the extent ForceAtlas2 left.
  const unitsPerPixel = graphUnitsPerPixel(nodes, order, options.viewport);
  const overlap = new Float32Array(order * NOVERLAP_STRIDE);
  for (let i = 0; i < order; i++) {
    overlap[i * NOVERLAP_STRIDE] = nodes[i * FA2_NODE_STRIDE]!;
    overlap[i * NOVERLAP_STRIDE + 1] = nodes[i * FA2_NODE_STRIDE + 1]!;
    overlap[i * NOVERLAP_STRIDE + 2] = (options.sizes[i] ?? 3) * unitsPerPixel;
  }
  const overlapSettings = { ...noverlapDefaults, margin: 1.5 * unitsPerPixel, ratio: 1, speed: 3 };
  const overlapStart = options.now();
  let converged = false;
  for (let done = 0; !converged && done < options.overlapIterations && options.now() - overlapStart < options.overlapDuration; ) {
    const sliceStart = options.now();
    do {
      converged = iterateNoverlap(overlapSettings, overlap).converged;
      done += 1;
    } while (!converged && done < options.overlapIterations && options.now() - sliceStart < options.slice);
    await options.yieldToEvents();
    if (options.cancelled()) return iterations;
  }

  const xy = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    xy[2 * i] = overlap[i * NOVERLAP_STRIDE]!;
    xy[2 * i + 1] = overlap[i * NOVERLAP_STRIDE + 1]!;
  }
  let i = 0;
  graph.updateEachNodeAttributes((_key, attributes) => {
    const positioned = attributes as typeof attributes & { x: number; y: number };
    positioned.x = xy[2 * i]!;
    positioned.y = xy[2 * i + 1]!;
    i += 1;
    return attributes;
  });
  options.onPositions(xy, iterations, true);
  return iterations;
}

/** Node and edge matrices in the layout package's format (mass: 1 + weighted degree). */
function forceAtlas2Matrices(graph: SkillsGraph): { nodes: Float32Array; edges: Float32Array } {
  const nodes = new Float32Array(graph.order * FA2_NODE_STRIDE);
  const edges = new Float32Array(graph.size * FA2_EDGE_STRIDE);
  const offset = new Map<string, number>();
  let j = 0;
  graph.forEachNode((key, attributes) => {
    const { x, y } = attributes as unknown as { x: number; y: number };
    offset.set(key, j);
    nodes[j] = x;
    nodes[j + 1] = y;
    nodes[j + 6] = 1; // mass
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
    j += FA2_NODE_STRIDE;
  });
  j = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = offset.get(source)!;
    const t = offset.get(target)!;
    const weight = layoutEdgeWeight(attributes);
    nodes[s + 6] += weight;
    nodes[t + 6] += weight;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = weight;
    j += FA2_EDGE_STRIDE;
  });
  return { nodes, edges };
}

/** Graph units per screen pixel when the whole graph fits the viewport. */
function graphUnitsPerPixel(nodes: Float32Array, order: number, viewport: { width: number; height: number }): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < order; i++) {
    const x = nodes[i * FA2_NODE_STRIDE]!;
    const y = nodes[i * FA2_NODE_STRIDE + 1]!;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1e-9) : 1;
  return extent / Math.max(1, Math.min(viewport.width, viewport.height));
}
