/**
 * The graph view: draws the network with sigma, runs the layout when a new
 * network arrives and redraws (reducers only) when the view state changes.
 */
import type { AppContext } from "../context.js";
import { el } from "../dom/index.js";
import { runLayout, SMALL_NETWORK_UPDATE_INTERVAL, type LayoutRun } from "../layout/index.js";
import type { Derived } from "../session/index.js";
import type { UiLanguage, ViewState } from "../state/types.js";
import type { SkillsGraph } from "@skills-network/core";
import { canvasLabels } from "./labels.js";
import { createRenderer, fadesOutsideHighlight, isLargeGraph, nodeScale, type Renderer } from "./index.js";
import type { ReducerInput } from "./reducers.js";

export interface GraphView {
  element: HTMLElement;
  renderer(): Renderer | null;
}

export function createGraphView(context: AppContext): GraphView {
  const { store, session, texts } = context;
  const container = el("div", { class: "graph", testid: "graph", attrs: { role: "img" } });
  texts.attr(container, "aria-label", "graph.label");
  const layoutBadge = el("div", { class: "layout-badge", attrs: { role: "status", hidden: true } });
  texts.text(layoutBadge, "layout.running");
  const element = el("div", { class: "graph-wrap" }, [container, layoutBadge]);

  let renderer: Renderer | null = null;
  let layout: LayoutRun | null = null;

  // Translated labels, kept until the network or the language changes.
  let labels: { graph: SkillsGraph; language: UiLanguage; labels: ReadonlyMap<string, string> } | null = null;
  const labelsOf = (graph: SkillsGraph, language: UiLanguage) => {
    if (labels?.graph !== graph || labels.language !== language) labels = { graph, language, labels: canvasLabels(graph, language) };
    return labels.labels;
  };

  const inputOf = (derived: Derived, state: ViewState): ReducerInput => ({
    state,
    looks: derived.model.looks,
    visible: derived.visibility.nodes,
    highlight: derived.highlight,
    fadeOutsideHighlight: fadesOutsideHighlight(derived.model.graph),
    light: derived.light,
    nodeScale: nodeScale(derived.model.proposalKeys.length),
    labels: labelsOf(derived.model.graph, state.uiLanguage),
  });

  session.subscribe((derived, state, changes) => {
    if (changes.network) {
      layout?.stop();
      renderer?.kill();
      const { graph } = derived.model;
      renderer = createRenderer(container, graph, inputOf(derived, state), {
        onClickNode: (key) => context.actions.open(key),
        onClickStage: () => context.actions.open(null),
        onHover: (key) => store.set({ hoveredNode: key }),
      });
      // A node opened from the link: go to it now. The camera goes again to the node it last went to
      // (from the link, or a search while the layout ran) once the layout has moved it, if it is still open.
      const openedFromLink = state.selection && graph.hasNode(state.selection) ? state.selection : null;
      if (openedFromLink) renderer.focus(openedFromLink);
      layoutBadge.hidden = false;
      const current = renderer;
      const scale = nodeScale(derived.model.proposalKeys.length);
      layout = runLayout(graph, {
        layout: (request, onPositions) => context.client.layout(request, onPositions),
        postEvery: isLargeGraph(graph) ? Infinity : SMALL_NETWORK_UPDATE_INTERVAL,
        sizeOf: (key) => (derived.model.looks.get(key)?.sizes[store.get().sizeMode] ?? 3) * scale,
        viewport: () => current.sigma.getDimensions(),
        onPositions: () => current.positionsChanged(),
        onDone: () => {
          layoutBadge.hidden = true;
          const focused = current.focused();
          if (focused !== null && store.get().selection === focused) current.focus(focused);
        },
      });
      return;
    }
    if (changes.filters || changes.selection || changes.depth || changes.appearance || changes.hover || changes.drawing || changes.language) {
      renderer?.update(inputOf(derived, state));
    }
  });

  return { element, renderer: () => renderer };
}
