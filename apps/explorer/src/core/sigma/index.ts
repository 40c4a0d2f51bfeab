/**
 * The sigma renderer: settings for readable labels on graphs of any size,
 * reducers fed by the session, events turned into view-state changes.
 */
import Sigma from "sigma";
import type { SkillsEdgeAttributes, SkillsGraph, SkillsGraphAttributes, SkillsNodeAttributes } from "@skills-network/graph";
import { changedItems, EVERYTHING } from "./diff.js";
import { createEdgeReducer, createNodeReducer, type ReducerInput } from "./reducers.js";

export { neighbourhood } from "./neighbourhood.js";
export type { ReducerInput } from "./reducers.js";

export type SkillsSigma = Sigma<SkillsNodeAttributes, SkillsEdgeAttributes, SkillsGraphAttributes>;

/** Above this many nodes or edges, hide edges and labels while the camera moves. */
const LARGE_GRAPH = { nodes: 2_000, edges: 6_000 };
/** Above this many nodes, opening a node highlights its neighbourhood without fading the rest. */
export const FADE_LIMIT = 5_000;

/** Whether the open neighbourhood fades the rest of this graph. */
export function fadesOutsideHighlight(graph: SkillsGraph): boolean {
  return graph.order <= FADE_LIMIT;
}

export interface RendererEvents {
  onClickNode(key: string): void;
  onClickStage(): void;
  onHover(key: string | null): void;
}

export interface Renderer {
  sigma: SkillsSigma;
  /** Swaps what the reducers read and redraws without re-indexing positions. */
  update(input: ReducerInput): void;
  /** Moves the camera to a node (animated). */
  focus(key: string): void;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: SkillsGraph, input: ReducerInput, events: RendererEvents): Renderer {
  let current = input;
  const read = () => current;
  const large = graph.order > LARGE_GRAPH.nodes || graph.size > LARGE_GRAPH.edges;
  const sigma: SkillsSigma = new Sigma(graph, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: "#1f2933" },
    // Few labels at a time, only on nodes drawn big enough: a readable map, not a wall of text.
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    stagePadding: 24,
    minCameraRatio: 0.03,
    maxCameraRatio: 3,
    nodeReducer: createNodeReducer(read),
    edgeReducer: createEdgeReducer(graph, read),
  });

  sigma.on("clickNode", ({ node }) => events.onClickNode(node));
  sigma.on("clickStage", () => events.onClickStage());
  sigma.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    events.onHover(node);
  });
  sigma.on("leaveNode", () => {
    container.style.cursor = "";
    events.onHover(null);
  });

  return {
    sigma,
    update(next) {
      const previous = current;
      current = next;
      const changed = changedItems(graph, previous, next);
      if (changed === EVERYTHING) {
        sigma.refresh({ skipIndexation: true });
      } else if (changed.nodes.size > 0 || changed.edges.size > 0) {
        // Only the reducers of what changed run again; positions and the label grid stay as they are.
        sigma.refresh({ partialGraph: { nodes: [...changed.nodes], edges: [...changed.edges] }, skipIndexation: true });
      }
    },
    focus(key) {
      const data = sigma.getNodeDisplayData(key);
      if (!data) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 450 });
    },
    kill() {
      sigma.kill();
    },
  };
}
