/**
 * The graph view: draws the network with sigma, runs the layout when a new
 * network arrives and redraws (reducers only) when the view state changes.
 */
import type { AppContext } from "../context.js";
import { el } from "../dom/index.js";
import { placeInitially, runLayout, type LayoutRun } from "../layout/index.js";
import type { Derived } from "../session/index.js";
import type { ViewState } from "../state/types.js";
import { createRenderer, fadesOutsideHighlight, type Renderer } from "./index.js";
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

  const inputOf = (derived: Derived, state: ViewState): ReducerInput => ({
    state,
    looks: derived.model.looks,
    visible: derived.visibility.nodes,
    highlight: derived.highlight,
    fadeOutsideHighlight: fadesOutsideHighlight(derived.model.graph),
  });

  session.subscribe((derived, state, changes) => {
    if (changes.network) {
      layout?.stop();
      renderer?.kill();
      const { graph } = derived.model;
      placeInitially(graph);
      renderer = createRenderer(container, graph, inputOf(derived, state), {
        onClickNode: (key) => context.actions.open(key),
        onClickStage: () => context.actions.open(null),
        onHover: (key) => store.set({ hoveredNode: key }),
      });
      if (state.selection && graph.hasNode(state.selection)) renderer.focus(state.selection);
      layoutBadge.hidden = false;
      const current = renderer;
      layout = runLayout(graph, {
        sizeOf: (key) => derived.model.looks.get(key)?.sizes[store.get().sizeMode] ?? 3,
        viewport: () => current.sigma.getDimensions(),
        onDone: () => {
          layoutBadge.hidden = true;
        },
      });
      return;
    }
    if (changes.filters || changes.selection || changes.depth || changes.appearance || changes.hover) {
      renderer?.update(inputOf(derived, state));
    }
  });

  return { element, renderer: () => renderer };
}
