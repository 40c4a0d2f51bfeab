import type { Facet, FilterState } from "@skills-network/core";

export const COLOR_MODES = ["community", "category", "region"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const SIZE_MODES = ["degree", "betweenness"] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export const FILTER_MODES = ["hide", "fade"] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export const VIEW_MODES = ["graph", "list"] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const UI_LANGUAGES = ["en", "fr", "es"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * How much of the network the canvas draws: everything, or a light drawing
 * (proposals only; links and context nodes only around the open node).
 * "auto" picks light drawing for large networks.
 */
export const DRAWING_MODES = ["auto", "full", "light"] as const;
export type DrawingMode = (typeof DRAWING_MODES)[number];

export const NEIGHBOURHOOD_DEPTHS = [1, 2] as const;
export type NeighbourhoodDepth = (typeof NEIGHBOURHOOD_DEPTHS)[number];

/** Prefix of a selection that is a keyword rather than a node (`keyword:solar`). */
export const KEYWORD_PREFIX = "keyword:";

/** Everything the user chose; the rest of the UI is derived from it and the loaded network. */
export interface ViewState {
  filters: FilterState;
  filterMode: FilterMode;
  colorMode: ColorMode;
  sizeMode: SizeMode;
  /** Open node key (`proposal:P-001`), a keyword (`keyword:solar`) or null. */
  selection: string | null;
  hoveredNode: string | null;
  neighbourhoodDepth: NeighbourhoodDepth;
  uiLanguage: UiLanguage;
  view: ViewMode;
  drawing: DrawingMode;
}

export type { Facet, FilterState };

export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T> {
  get(): T;
  /** Shallow-merges a patch (or the result of an updater); listeners run only when something changed. */
  set(patch: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: Listener<T>): () => void;
}
