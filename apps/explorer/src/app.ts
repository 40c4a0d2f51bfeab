/**
 * Wires the explorer: state from the URL, the network worker, the session and
 * the views; loads the sample, then whatever file the user brings.
 */
import { createCommunitiesView } from "./core/communities/index.js";
import type { AppActions, AppContext } from "./core/context.js";
import { createDisplayView } from "./core/display/index.js";
import { el } from "./core/dom/index.js";
import { createFiltersView } from "./core/filters/index.js";
import { knownValues } from "./core/filters/universe.js";
import { createNetworkModel, type NetworkModel } from "./core/graph/model.js";
import { NetworkRequestError, startNetworkWorker } from "./core/graph/client.js";
import type { DatasetSource, LoadFailure } from "./core/graph/types.js";
import { createHeader } from "./core/header/index.js";
import { createTextBinder } from "./core/i18n/bind.js";
import { translate } from "./core/i18n/index.js";
import { createImporterView } from "./core/importer/index.js";
import { createLegendView } from "./core/legend/index.js";
import { createListView } from "./core/list/index.js";
import { createMatchView } from "./core/match/index.js";
import { createDetailPanel } from "./core/panel/index.js";
import { createSession } from "./core/session/index.js";
import { createGraphView, type GraphView } from "./core/sigma/view.js";
import { createStore, defaultViewState, KEYWORD_PREFIX, keepKnownFilters, type ViewState } from "./core/state/index.js";
import { decodeViewState, writeViewStateToUrl } from "./core/url/index.js";

export function startApp(root: HTMLElement): void {
  const store = createStore<ViewState>({ ...defaultViewState, ...decodeViewState(location.search) });
  const session = createSession(store);
  const client = startNetworkWorker();
  const texts = createTextBinder(store.get().uiLanguage);
  let graphView: GraphView | null = null;
  let loadTicket = 0;

  const actions: AppActions = {
    open(key, options = {}) {
      store.set({ selection: key });
      if (key && options.focus && !key.startsWith(KEYWORD_PREFIX) && store.get().view === "graph") {
        graphView?.renderer()?.focus(key);
      }
    },
    loadFile(file) {
      document.body.dataset.state = "loading";
      importer.loading(file.name);
      importer.progressed("read", 0, 1);
      file.arrayBuffer().then(
        (bytes) => void load({ kind: "file", name: file.name, bytes }, file.name),
        (error: unknown) => failed(file.name, { message: String(error), importError: false, report: null }),
      );
    },
    renderer: () => graphView?.renderer() ?? null,
  };

  const context: AppContext = {
    store,
    session,
    client,
    texts,
    t: (key, params) => translate(store.get().uiLanguage, key, params),
    actions,
  };

  const importer = createImporterView(context);
  graphView = createGraphView(context);
  const inspector = el("aside", { class: "inspector" }, [
    importer.report,
    createDetailPanel(context),
    createMatchView(context),
    createCommunitiesView(context),
  ]);
  texts.attr(inspector, "aria-label", "detail.heading");
  const sidebar = el("aside", { class: "sidebar" }, [importer.section, createDisplayView(context), createFiltersView(context)]);
  texts.attr(sidebar, "aria-label", "filters.heading");

  root.replaceChildren(
    createHeader(context),
    el("main", { class: "app-main" }, [
      sidebar,
      el("section", { class: "stage" }, [graphView.element, createListView(context), createLegendView(context), importer.progress]),
      inspector,
    ]),
  );

  store.subscribe((state, previous) => {
    writeViewStateToUrl(state);
    if (state.uiLanguage !== previous.uiLanguage) applyLanguage(state);
    if (state.selection !== previous.selection && state.selection) inspector.scrollTo({ top: 0 });
  });
  session.subscribe((_derived, state, changes) => {
    if (changes.view) document.body.dataset.view = state.view;
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest("input, textarea, select");
    if (event.key === "Escape" && !typing && store.get().selection) actions.open(null);
  });

  function applyLanguage(state: ViewState): void {
    texts.apply(state.uiLanguage);
    document.documentElement.lang = state.uiLanguage;
    document.title = `${translate(state.uiLanguage, "app.title")} · ${translate(state.uiLanguage, "app.tagline")}`;
  }

  async function load(source: DatasetSource, name: string): Promise<void> {
    const ticket = ++loadTicket;
    document.body.dataset.state = "loading";
    importer.loading(name);
    try {
      const built = await client.build(source, (stage, index, total) => {
        if (ticket === loadTicket) importer.progressed(stage, index, total);
      });
      if (ticket !== loadTicket) return;
      performance.mark("skills-network:built", { detail: { timings: built.timings } });
      importer.progressed("draw", 1, 1);
      const model = createNetworkModel(built);
      performance.mark("skills-network:model");
      store.set(viewFor(model, store.get(), source.kind === "file"));
      session.setNetwork(model);
      importer.loaded(built.dataset, built.report);
      inspector.scrollTo({ top: 0 });
      document.body.dataset.state = "ready";
      performance.mark("skills-network:ready");
    } catch (error) {
      if (ticket !== loadTicket) return;
      failed(name, error instanceof NetworkRequestError ? error.failure : { message: String(error), importError: false, report: null });
    }
  }

  function failed(name: string, failure: LoadFailure): void {
    importer.failed(name, failure);
    inspector.scrollTo({ top: 0 });
    // A broken file leaves the current network in place: the page stays usable.
    document.body.dataset.state = session.current() ? "ready" : "error";
  }

  applyLanguage(store.get());
  writeViewStateToUrl(store.get());
  document.body.dataset.view = store.get().view;
  void load({ kind: "sample" }, "sample");
}

/**
 * The view state for a new network: a user's file starts with a clean view;
 * the sample keeps what the URL asked for, minus values that do not exist.
 */
function viewFor(model: NetworkModel, state: ViewState, fresh: boolean): Partial<ViewState> {
  // The drawing mode resets too: "auto" draws a large file light, whatever suited the previous network.
  if (fresh) return { filters: {}, selection: null, hoveredNode: null, drawing: "auto" };
  const known = knownValues(model.universe);
  const selection = state.selection;
  const selectionExists =
    selection !== null &&
    (selection.startsWith(KEYWORD_PREFIX) ? model.keywords.size > 0 : model.graph.hasNode(selection));
  return {
    filters: keepKnownFilters(state.filters, known),
    selection: selectionExists ? selection : null,
    hoveredNode: null,
  };
}
