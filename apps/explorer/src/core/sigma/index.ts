/**
 * The sigma renderer: settings for readable labels on graphs of any size,
 * reducers fed by the session, events turned into view-state changes.
 */
import Sigma from "sigma";
import type { SkillsEdgeAttributes, SkillsGraph, SkillsGraphAttributes, SkillsNodeAttributes } from "@skills-network/graph";
import { changedItems, EVERYTHING } from "./diff.js";
import { lightGraph, syncPositions } from "./drawn.js";
import { createOpenNeighbourhoodLayer, EMPTY_NEIGHBOURHOOD, openNeighbourhood } from "./open-neighbourhood.js";
import { programSettings } from "./programs.js";
import { createEdgeReducer, createNodeReducer, type ReducerInput } from "./reducers.js";

export { neighbourhood } from "./neighbourhood.js";
export type { ReducerInput } from "./reducers.js";
export { drawsLight, isLargeGraph, nodeScale } from "./large.js";

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
  /** Node positions of the network changed (the layout moved them): redraw. */
  positionsChanged(): void;
  /** Moves the camera to a node (animated). */
  focus(key: string): void;
  /** The node the camera last went to, if any. */
  focused(): string | null;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: SkillsGraph, input: ReducerInput, events: RendererEvents): Renderer {
  let current = input;
  let focusedKey: string | null = null;
  const read = () => current;
  const large = graph.order > LARGE_GRAPH.nodes || graph.size > LARGE_GRAPH.edges;
  // Built on first use and kept: switching back and forth costs one full refresh, not a copy.
  let light: SkillsGraph | null = null;
  const drawnGraph = (next: ReducerInput): SkillsGraph => (next.light ? (light ??= lightGraph(graph)) : graph);
  const sigma: SkillsSigma = new Sigma<SkillsNodeAttributes, SkillsEdgeAttributes, SkillsGraphAttributes>(drawnGraph(input), container, {
    ...programSettings,
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
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
  const neighbourhoodLayer = createOpenNeighbourhoodLayer(sigma, graph);
  const showNeighbourhood = (next: ReducerInput) =>
    neighbourhoodLayer.set(next.light ? openNeighbourhood(graph, drawnGraph(next), next) : EMPTY_NEIGHBOURHOOD);
  showNeighbourhood(input);

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
      if (
        next.light !== previous.light ||
        next.highlight !== previous.highlight ||
        next.visible !== previous.visible ||
        next.looks !== previous.looks ||
        next.labels !== previous.labels ||
        next.state.colorMode !== previous.state.colorMode ||
        next.state.sizeMode !== previous.state.sizeMode
      ) {
        showNeighbourhood(next);
      }
      const drawn = drawnGraph(next);
      if (drawn !== sigma.getGraph()) {
        if (drawn !== graph) syncPositions(drawn, graph); // the layout may have moved nodes since
        sigma.setGraph(drawn); // re-indexes and redraws everything
        return;
      }
      // Reducers run now; the drawing waits for the next frame, where it joins a camera move
      // started by the same click (one render per frame instead of two).
      const changed = changedItems(drawn, previous, next);
      if (changed === EVERYTHING) {
        sigma.refresh({ skipIndexation: true, schedule: true });
      } else if (changed.nodes.size > 0 || changed.edges.size > 0) {
        // Only the reducers of what changed run again; positions and the label grid stay as they are.
        sigma.refresh({ partialGraph: { nodes: [...changed.nodes], edges: [...changed.edges] }, skipIndexation: true, schedule: true });
      } else if (next.light) {
        sigma.scheduleRender(); // the neighbourhood layer may have changed
      }
    },
    positionsChanged() {
      // The network's own events already reached sigma when it draws the network itself.
      const drawn = sigma.getGraph();
      if (drawn !== graph) syncPositions(drawn, graph);
    },
    focus(key) {
      // Aim at the node's position in the network, framed as sigma frames it. Not sigma's display data:
      // a scheduled refresh (the click that opened the node, positions from the layout) has already put
      // reducer output in graph coordinates there, until its render frames it. So aim in the next frame,
      // after that render. A context node under light drawing is not in sigma's graph at all.
      if (!graph.hasNode(key)) return;
      focusedKey = key;
      requestAnimationFrame(() => {
        if (focusedKey !== key || !graph.hasNode(key)) return;
        const { x, y } = graph.getNodeAttributes(key) as unknown as { x: number; y: number };
        const target = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
        const camera = sigma.getCamera();
        void camera.animate({ x: target.x, y: target.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 450 });
      });
    },
    focused: () => focusedKey,
    kill() {
      focusedKey = null; // a focus waiting for its frame gives up
      neighbourhoodLayer.kill();
      sigma.kill();
    },
  };
}
