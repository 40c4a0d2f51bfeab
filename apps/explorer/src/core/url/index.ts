/**
 * The view in the URL: a copied link restores filters, colour, size, hide/fade,
 * the open node, the view, the drawing mode and the interface language. Values that are not
 * understood are ignored, never fatal.
 */
import { FACETS, type Facet, type FilterState } from "@skills-network/graph";
import {
  COLOR_MODES,
  DRAWING_MODES,
  FILTER_MODES,
  SIZE_MODES,
  UI_LANGUAGES,
  VIEW_MODES,
  defaultViewState,
  withFacet,
  type ViewState,
} from "../state/index.js";

/** The part of the view state that is shared through links. */
export type SharedViewState = Pick<
  ViewState,
  "filters" | "filterMode" | "colorMode" | "sizeMode" | "selection" | "uiLanguage" | "view" | "drawing"
>;

const FILTER_PREFIX = "f.";

/** Query string (without "?") for a view; default values are left out so links stay short. */
export function encodeViewState(state: SharedViewState): string {
  const params = new URLSearchParams();
  if (state.uiLanguage !== defaultViewState.uiLanguage) params.set("lang", state.uiLanguage);
  if (state.view !== defaultViewState.view) params.set("view", state.view);
  if (state.colorMode !== defaultViewState.colorMode) params.set("color", state.colorMode);
  if (state.sizeMode !== defaultViewState.sizeMode) params.set("size", state.sizeMode);
  if (state.filterMode !== defaultViewState.filterMode) params.set("mode", state.filterMode);
  if (state.drawing !== defaultViewState.drawing) params.set("draw", state.drawing);
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (values && values.length > 0) params.set(FILTER_PREFIX + facet, values.map(escapeValue).join(","));
  }
  if (state.selection) params.set("node", state.selection);
  return params.toString();
}

/** Reads what it understands from a query string; everything else keeps its default. */
export function decodeViewState(search: string): SharedViewState {
  const params = new URLSearchParams(search);
  let filters: FilterState = {};
  for (const facet of FACETS) {
    const raw = params.get(FILTER_PREFIX + facet);
    if (raw === null) continue;
    const values = raw
      .split(",")
      .map(unescapeValue)
      .filter((value) => value.length > 0);
    filters = withFacet(filters, facet as Facet, values);
  }
  const node = params.get("node");
  return {
    filters,
    uiLanguage: oneOf(params.get("lang"), UI_LANGUAGES, defaultViewState.uiLanguage),
    view: oneOf(params.get("view"), VIEW_MODES, defaultViewState.view),
    colorMode: oneOf(params.get("color"), COLOR_MODES, defaultViewState.colorMode),
    sizeMode: oneOf(params.get("size"), SIZE_MODES, defaultViewState.sizeMode),
    filterMode: oneOf(params.get("mode"), FILTER_MODES, defaultViewState.filterMode),
    drawing: oneOf(params.get("draw"), DRAWING_MODES, defaultViewState.drawing),
    selection: node && node.length > 0 ? node : null,
  };
}

/** Writes the view into the address bar without adding a history entry. */
export function writeViewStateToUrl(state: SharedViewState): void {
  const query = encodeViewState(state);
  const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

// Values are joined with ","; a value that contains "," (a custom category label) is escaped.
function escapeValue(value: string): string {
  return value.replace(/%/g, "%25").replace(/,/g, "%2C");
}

function unescapeValue(value: string): string {
  return value.replace(/%2C/gi, ",").replace(/%25/g, "%");
}
