/**
 * The session joins the view state and the loaded network into what views
 * draw: which nodes pass the filters, facet counts, the open neighbourhood.
 * It recomputes only what a state change touches and tells views what changed.
 * Facet counts (what each value would show) follow a filter change when the
 * browser is next idle: the visible count and the canvas come first.
 */
import { facetCounts, type FacetCounts } from "@skills-network/graph";
import { computeVisibility, type Visibility } from "../filters/visibility.js";
import type { NetworkModel } from "../graph/model.js";
import { drawsLight } from "../sigma/large.js";
import { neighbourhood } from "../sigma/neighbourhood.js";
import { KEYWORD_PREFIX, type Store, type ViewState } from "../state/types.js";
import { filtersEqual } from "../state/utils.js";
import { foldText } from "../graph/fold.js";
import { whenIdle } from "../dom/index.js";

export interface Derived {
  model: NetworkModel;
  visibility: Visibility;
  /** Facet counts under the current filters (a moment behind a filter change; `changes.counts` tells when they arrive). */
  counts: FacetCounts;
  /** Nodes of the open neighbourhood (or keyword's proposals), null when nothing is open. */
  highlight: ReadonlySet<string> | null;
  /** Whether the canvas draws light (proposals only; links and context around the open node). */
  light: boolean;
}

export interface Changes {
  network: boolean;
  filters: boolean;
  selection: boolean;
  /** How far the open neighbourhood reaches. */
  depth: boolean;
  appearance: boolean;
  hover: boolean;
  language: boolean;
  view: boolean;
  /** Light or full drawing. */
  drawing: boolean;
  /** Facet counts were recomputed. */
  counts: boolean;
}

export type SessionListener = (derived: Derived, state: ViewState, changes: Changes) => void;

export interface Session {
  current(): Derived | null;
  setNetwork(model: NetworkModel): void;
  subscribe(listener: SessionListener): () => void;
}

const ALL_CHANGED: Changes = {
  network: true,
  filters: true,
  selection: true,
  depth: true,
  appearance: true,
  hover: true,
  language: true,
  view: true,
  drawing: true,
  counts: true,
};

const NOTHING_CHANGED: Changes = {
  network: false,
  filters: false,
  selection: false,
  depth: false,
  appearance: false,
  hover: false,
  language: false,
  view: false,
  drawing: false,
  counts: false,
};

export function createSession(store: Store<ViewState>): Session {
  let derived: Derived | null = null;
  const listeners = new Set<SessionListener>();
  /** Bumped by every filter change and network: a deferred count of older filters is dropped. */
  let countsTicket = 0;

  function notify(changes: Changes): void {
    if (!derived) return;
    const state = store.get();
    for (const listener of [...listeners]) listener(derived, state, changes);
  }

  store.subscribe((state, previous) => {
    if (!derived) return;
    const changes: Changes = {
      ...NOTHING_CHANGED,
      filters: !filtersEqual(state.filters, previous.filters),
      selection: state.selection !== previous.selection,
      depth: state.neighbourhoodDepth !== previous.neighbourhoodDepth,
      appearance:
        state.colorMode !== previous.colorMode ||
        state.sizeMode !== previous.sizeMode ||
        state.filterMode !== previous.filterMode,
      hover: state.hoveredNode !== previous.hoveredNode,
      language: state.uiLanguage !== previous.uiLanguage,
      view: state.view !== previous.view,
    };
    if (changes.filters) {
      derived = { ...derived, visibility: computeVisibility(derived.model.graph, state.filters, derived.model.context) };
      scheduleCounts(derived.model, state);
    }
    if (changes.selection || changes.depth) derived = { ...derived, highlight: highlightOf(derived.model, state) };
    const light = drawsLight(derived.model.graph, state.drawing);
    if (light !== derived.light) {
      derived = { ...derived, light };
      changes.drawing = true;
    }
    notify(changes);
  });

  function scheduleCounts(model: NetworkModel, state: ViewState): void {
    const ticket = ++countsTicket;
    whenIdle(() => {
      if (ticket !== countsTicket || !derived || derived.model !== model) return;
      derived = { ...derived, counts: facetCounts(model.graph, state.filters) };
      notify({ ...NOTHING_CHANGED, counts: true });
    });
  }

  return {
    current: () => derived,
    setNetwork(model) {
      const state = store.get();
      countsTicket += 1;
      derived = {
        model,
        visibility: computeVisibility(model.graph, state.filters, model.context),
        counts: facetCounts(model.graph, state.filters),
        highlight: highlightOf(model, state),
        light: drawsLight(model.graph, state.drawing),
      };
      notify(ALL_CHANGED);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function highlightOf(model: NetworkModel, state: ViewState): ReadonlySet<string> | null {
  const { selection } = state;
  if (!selection) return null;
  if (selection.startsWith(KEYWORD_PREFIX)) {
    return new Set(model.keywords.get(foldText(selection.slice(KEYWORD_PREFIX.length))) ?? []);
  }
  if (!model.graph.hasNode(selection)) return null;
  return neighbourhood(model.graph, selection, state.neighbourhoodDepth);
}
