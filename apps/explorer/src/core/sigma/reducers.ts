/**
 * Sigma reducers. They only read the view state and sets computed beforehand
 * (visibility, open neighbourhood, node looks): O(1) per node and edge.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { SkillsEdgeAttributes, SkillsGraph, SkillsNodeAttributes } from "@skills-network/core";
import {
  FADED_NODE_COLOR,
  HIGHLIGHT_EDGE_COLOR,
  SIMILAR_EDGE_COLOR,
  STRUCTURAL_EDGE_COLOR,
} from "../appearance/palette.js";
import type { NodeLook } from "../appearance/types.js";
import type { ViewState } from "../state/types.js";

/** What the reducers read. Kept in one object that the renderer swaps on each change. */
export interface ReducerInput {
  state: Pick<ViewState, "colorMode" | "sizeMode" | "filterMode" | "selection" | "hoveredNode">;
  looks: ReadonlyMap<string, NodeLook>;
  /** Nodes passing the filters, or null for all. */
  visible: ReadonlySet<string> | null;
  /** Open neighbourhood, or null. */
  highlight: ReadonlySet<string> | null;
  /**
   * Whether nodes outside the open neighbourhood fade. On very large graphs
   * they do not: fading means redrawing every node, too slow for a click.
   */
  fadeOutsideHighlight: boolean;
  /** Light drawing: sigma draws the proposals only (context nodes and links of the open node go on a layer of their own). */
  light: boolean;
  /** Factor on node sizes (below 1 on large networks). */
  nodeScale: number;
  /** Labels in the interface language (categories, beneficiary groups, countries, regions). */
  labels: ReadonlyMap<string, string>;
}

type NodeData = SkillsNodeAttributes & Partial<NodeDisplayData>;
type EdgeData = SkillsEdgeAttributes & Partial<EdgeDisplayData>;

export function createNodeReducer(read: () => ReducerInput) {
  return (node: string, data: NodeData): Partial<NodeDisplayData> => {
    const { state, looks, visible, highlight, fadeOutsideHighlight, nodeScale, labels } = read();
    const look = looks.get(node);
    // Only what sigma draws, not the node's attributes (texts included): refreshing 20 000 nodes stays cheap.
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      color: look ? look.colors[state.colorMode] : data.color,
      size: (look ? look.sizes[state.sizeMode] : (data.size ?? 3)) * nodeScale,
      label: labels.get(node) ?? (look ? look.label : data.label),
      zIndex: 1,
    };
    // The open node stays on screen even when the filters would hide it.
    const passes = visible === null || visible.has(node) || node === state.selection;
    if (!passes) {
      if (state.filterMode === "hide") return { ...display, hidden: true };
      return fade(display);
    }
    if (highlight !== null && !highlight.has(node)) return fadeOutsideHighlight ? fade(display) : display;
    if (highlight !== null) display.zIndex = 2;
    if (node === state.selection) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 3;
    }
    if (node === state.hoveredNode) {
      display.highlighted = true;
      display.zIndex = 3;
    }
    return display;
  };
}

export function createEdgeReducer(graph: SkillsGraph, read: () => ReducerInput) {
  return (edge: string, data: EdgeData): Partial<EdgeDisplayData> => {
    const { state, visible, highlight, fadeOutsideHighlight } = read();
    const similar = data.kind === "similar";
    const display: Partial<EdgeDisplayData> = {
      color: similar ? SIMILAR_EDGE_COLOR : STRUCTURAL_EDGE_COLOR,
      size: similar ? 0.4 + 2.6 * data.weight : 0.4,
      zIndex: similar ? 1 : 0,
    };
    const [source, target] = graph.extremities(edge);
    // Links of filtered-out nodes go away in both modes: faded nodes stay as context, their links would be noise.
    if (visible !== null && (!visible.has(source) || !visible.has(target))) return { ...display, hidden: true };
    if (highlight !== null) {
      if (!highlight.has(source) || !highlight.has(target)) return fadeOutsideHighlight ? { ...display, hidden: true } : display;
      const touchesSelection = source === state.selection || target === state.selection;
      // Links of the open node stand out; links among its neighbours stay light so that the star reads clearly.
      return { ...display, color: touchesSelection ? HIGHLIGHT_EDGE_COLOR : SIMILAR_EDGE_COLOR, zIndex: touchesSelection ? 2 : 1 };
    }
    if (state.hoveredNode !== null && (source === state.hoveredNode || target === state.hoveredNode)) {
      return { ...display, color: HIGHLIGHT_EDGE_COLOR, zIndex: 2 };
    }
    return display;
  };
}

function fade(display: Partial<NodeDisplayData>): Partial<NodeDisplayData> {
  return { ...display, color: FADED_NODE_COLOR, label: "", zIndex: 0, highlighted: false, forceLabel: false };
}
