/**
 * The open neighbourhood under light drawing. The light graph holds proposals
 * only, without links, so the links of the open neighbourhood and its context
 * nodes (organisation, country, categories...) are drawn on a canvas layer of
 * their own, under sigma's nodes, after each sigma render (camera moves
 * included). Only these few items are drawn: a frame costs what the
 * proposals cost. Context nodes drawn here are named but not clickable; the
 * detail panel links to them.
 */
import type { SkillsGraph } from "@skills-network/core";
import { HIGHLIGHT_EDGE_COLOR, SIMILAR_EDGE_COLOR } from "../appearance/palette.js";
import type { ReducerInput } from "./reducers.js";
import type { SkillsSigma } from "./index.js";

/** Most links drawn for one neighbourhood (links of the open node first). */
export const MAX_OPEN_LINKS = 5_000;
/** Context nodes are named when the neighbourhood has at most this many nodes. */
export const LABELLED_NEIGHBOURHOOD = 100;
const LAYER = "openNeighbourhood";
const LABEL_FONT = "500 12px Inter, 'Segoe UI', system-ui, sans-serif";
const LABEL_COLOR = "#1f2933";

export interface OpenLink {
  source: string;
  target: string;
  /** Whether the link touches the open node (drawn stronger). */
  direct: boolean;
}

export interface OpenNode {
  key: string;
  color: string;
  /** Size in pixels at the camera's default zoom (sigma scales it as it does its own nodes). */
  size: number;
  label: string | null;
}

export interface OpenNeighbourhood {
  links: OpenLink[];
  /** Nodes of the neighbourhood that the drawn graph lacks. */
  nodes: OpenNode[];
}

export const EMPTY_NEIGHBOURHOOD: OpenNeighbourhood = { links: [], nodes: [] };

const shownIn = (input: ReducerInput) => (key: string) => input.visible === null || input.visible.has(key) || key === input.state.selection;

/** Links with both ends in the neighbourhood and both ends passing the filters; links of the open node first. */
export function openLinks(graph: SkillsGraph, input: ReducerInput, max = MAX_OPEN_LINKS): OpenLink[] {
  const { highlight, state } = input;
  if (highlight === null) return [];
  const direct: OpenLink[] = [];
  const other: OpenLink[] = [];
  const shown = shownIn(input);
  for (const node of highlight) {
    if (!graph.hasNode(node) || !shown(node)) continue;
    graph.forEachEdge(node, (_edge, _attributes, source, target) => {
      // Each link once: from its source's side.
      if (source !== node || !highlight.has(target) || !shown(target)) return;
      const touches = source === state.selection || target === state.selection;
      (touches ? direct : other).push({ source, target, direct: touches });
    });
  }
  return direct.concat(other).slice(0, max);
}

/** What the layer draws: the links, and the neighbourhood's nodes that `drawn` (the light graph) lacks. */
export function openNeighbourhood(graph: SkillsGraph, drawn: SkillsGraph, input: ReducerInput): OpenNeighbourhood {
  const { highlight, state, looks, labels, nodeScale } = input;
  if (highlight === null) return EMPTY_NEIGHBOURHOOD;
  const shown = shownIn(input);
  const named = highlight.size <= LABELLED_NEIGHBOURHOOD;
  const nodes: OpenNode[] = [];
  const keys = state.selection && !highlight.has(state.selection) ? [...highlight, state.selection] : highlight;
  for (const key of keys) {
    if (drawn.hasNode(key) || !graph.hasNode(key) || !shown(key)) continue;
    const look = looks.get(key);
    if (!look) continue;
    nodes.push({
      key,
      color: look.colors[state.colorMode],
      size: look.sizes[state.sizeMode] * nodeScale,
      label: named || key === state.selection ? (labels.get(key) ?? look.label) : null,
    });
  }
  return { links: openLinks(graph, input), nodes };
}

export interface OpenNeighbourhoodLayer {
  /** What to draw from now on (EMPTY_NEIGHBOURHOOD clears the layer). */
  set(next: OpenNeighbourhood): void;
  kill(): void;
}

export function createOpenNeighbourhoodLayer(sigma: SkillsSigma, graph: SkillsGraph): OpenNeighbourhoodLayer {
  // sigma passes the options on to createCanvas, which places the layer (its typings omit `beforeLayer`).
  sigma.createCanvasContext(LAYER, { beforeLayer: "nodes" } as Parameters<SkillsSigma["createCanvasContext"]>[1]);
  const canvas = sigma.getCanvases()[LAYER]!;
  const context = canvas.getContext("2d")!;
  let current = EMPTY_NEIGHBOURHOOD;
  let drawn = false;

  function draw(): void {
    const empty = current.links.length === 0 && current.nodes.length === 0;
    // An untouched empty layer costs nothing to compose: clear it only when it holds something.
    if (!drawn && empty) return;
    const { width, height } = sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    drawn = !empty;
    if (!drawn) return;
    // Positions from the network (the light graph copies them): each end once per frame.
    const points = new Map<string, { x: number; y: number }>();
    const pointOf = (key: string) => {
      let point = points.get(key);
      if (!point) {
        point = sigma.graphToViewport(graph.getNodeAttributes(key) as unknown as { x: number; y: number });
        points.set(key, point);
      }
      return point;
    };
    for (const direct of [false, true]) {
      context.beginPath();
      for (const link of current.links) {
        if (link.direct !== direct) continue;
        const from = pointOf(link.source);
        const to = pointOf(link.target);
        context.moveTo(from.x, from.y);
        context.lineTo(to.x, to.y);
      }
      context.strokeStyle = direct ? HIGHLIGHT_EDGE_COLOR : SIMILAR_EDGE_COLOR;
      context.lineWidth = direct ? 1.5 : 1;
      context.stroke();
    }
    for (const node of current.nodes) {
      const { x, y } = pointOf(node.key);
      context.beginPath();
      context.arc(x, y, Math.max(1, sigma.scaleSize(node.size)), 0, 2 * Math.PI);
      context.fillStyle = node.color;
      context.fill();
    }
    context.font = LABEL_FONT;
    context.fillStyle = LABEL_COLOR;
    for (const node of current.nodes) {
      if (!node.label) continue;
      const { x, y } = pointOf(node.key);
      context.fillText(node.label, x + sigma.scaleSize(node.size) + 3, y + 4);
    }
  }

  sigma.on("afterRender", draw);
  return {
    set(next) {
      current = next;
    },
    kill() {
      sigma.off("afterRender", draw);
      sigma.killLayer(LAYER);
    },
  };
}
