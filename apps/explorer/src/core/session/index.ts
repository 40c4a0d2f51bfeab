/**
 * The session joins the view state and the loaded network into what views
 * draw: which nodes pass the filters, facet counts, the open neighbourhood.
 * It recomputes only what a state change touches and tells views what changed.
 */
import { facetCounts, type FacetCounts } from "@skills-network/graph";
import { computeVisibility, type Visibility } from "../filters/visibility.js";
import type { NetworkModel } from "../graph/model.js";
import { neighbourhood } from "../sigma/neighbourhood.js";
import { KEYWORD_PREFIX, type Store, type ViewState } from "../state/types.js";
import { filtersEqual } from "../state/utils.js";
import { foldText } from "../graph/fold.js";

export interface Derived {
  model: NetworkModel;
  visibility: Visibility;
  counts: FacetCounts;
  /** Nodes of the open neighbourhood (or keyword's proposals), null when nothing is open. */
  highlight: ReadonlySet<string> | null;
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
};

export function createSession(store: Store<ViewState>): Session {
  let derived: Derived | null = null;
  const listeners = new Set<SessionListener>();

  function notify(changes: Changes): void {
    if (!derived) return;
    const state = store.get();
    for (const listener of [...listeners]) listener(derived, state, changes);
  }

  store.subscribe((state, previous) => {
    if (!derived) return;
    const changes: Changes = {
      network: false,
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
      derived = {
        ...derived,
        visibility: computeVisibility(derived.model.graph, state.filters, derived.model.context),
        counts: facetCounts(derived.model.graph, state.filters),
      };
    }
    if (changes.selection || changes.depth) derived = { ...derived, highlight: highlightOf(derived.model, state) };
    notify(changes);
  });

  return {
    current: () => derived,
    setNetwork(model) {
      const state = store.get();
      derived = {
        model,
        visibility: computeVisibility(model.graph, state.filters, model.context),
        counts: facetCounts(model.graph, state.filters),
        highlight: highlightOf(model, state),
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
