/**
 * Display controls: colour by (community, category, region), size by (degree,
 * betweenness) and what happens to filtered-out nodes (hide or fade).
 */
import { defaults } from "@skills-network/core";
import type { AppContext } from "../context.js";
import { el } from "../dom/index.js";
import { formatNumber } from "../i18n/index.js";
import type { MessageKey } from "../i18n/types.js";
import {
  COLOR_MODES,
  FILTER_MODES,
  SIZE_MODES,
  type ColorMode,
  type FilterMode,
  type SizeMode,
  type ViewState,
} from "../state/types.js";

interface SelectSpec<K extends "colorMode" | "sizeMode" | "filterMode"> {
  field: K;
  testid: string;
  label: MessageKey;
  values: readonly ViewState[K][];
  optionKey: (value: ViewState[K]) => MessageKey;
}

export function createDisplayView(context: AppContext): HTMLElement {
  const color = control<"colorMode">(context, {
    field: "colorMode",
    testid: "color-mode",
    label: "display.color",
    values: COLOR_MODES,
    optionKey: (value: ColorMode) => `color.${value}`,
  });
  const size = control<"sizeMode">(context, {
    field: "sizeMode",
    testid: "size-mode",
    label: "display.size",
    values: SIZE_MODES,
    optionKey: (value: SizeMode) => `size.${value}`,
  });
  const mode = control<"filterMode">(context, {
    field: "filterMode",
    testid: "filter-mode",
    label: "display.filterMode",
    values: FILTER_MODES,
    optionKey: (value: FilterMode) => `mode.${value}`,
  });
  return el("section", { class: "panel-section display", attrs: { "aria-labelledby": "display-heading" } }, [
    context.texts.text(el("h2", { class: "section-title", attrs: { id: "display-heading" } }), "display.heading"),
    el("div", { class: "control-grid" }, [color, size, mode]),
    betweennessNote(context, size.querySelector("select") as HTMLSelectElement),
    drawingControl(context),
  ]);
}

/**
 * The library computes betweenness (O(n·m)) only up to `betweennessLimit`
 * proposals. Above, "size by bridging role" would size every node alike: the
 * choice is disabled, sizes follow connections, and a note says why.
 */
function betweennessNote(context: AppContext, select: HTMLSelectElement): HTMLElement {
  const { store, session } = context;
  const note = el("p", { class: "muted small", testid: "betweenness-note", attrs: { hidden: true } });
  const option = select.querySelector('option[value="betweenness"]') as HTMLOptionElement;
  const write = () => (note.textContent = context.t("display.noBetweenness", { limit: formatNumber(defaults.betweennessLimit, store.get().uiLanguage) }));
  write();
  store.subscribe((state, previous) => {
    if (state.uiLanguage !== previous.uiLanguage) write();
  });
  session.subscribe((derived, state, changes) => {
    if (!changes.network) return;
    const computed = derived.model.graph.someNode((_node, attributes) => attributes.kind === "proposal" && typeof attributes.betweenness === "number");
    option.disabled = !computed;
    note.hidden = computed;
    if (!computed && state.sizeMode === "betweenness") store.set({ sizeMode: "degree" });
  });
  return note;
}

/**
 * Full or light drawing, as a checkbox that shows what the canvas does now
 * (large networks start light), with a note while the drawing is light.
 */
function drawingControl(context: AppContext): HTMLElement {
  const { store, session, texts } = context;
  const input = el("input", {
    testid: "draw-all",
    attrs: { type: "checkbox", id: "control-draw-all" },
    on: { change: () => store.set({ drawing: input.checked ? "full" : "light" }) },
  });
  const note = texts.text(el("p", { class: "muted small drawing-note", testid: "drawing-note", attrs: { hidden: true } }), "display.lightNote");
  session.subscribe((derived, _state, changes) => {
    if (!changes.network && !changes.drawing) return;
    input.checked = !derived.light;
    note.hidden = !derived.light;
  });
  return el("div", { class: "drawing-control" }, [
    el("label", { class: "check", attrs: { for: "control-draw-all" } }, [input, texts.text(el("span", {}), "display.drawAll")]),
    note,
  ]);
}

function control<K extends "colorMode" | "sizeMode" | "filterMode">(context: AppContext, spec: SelectSpec<K>): HTMLElement {
  const { store, texts } = context;
  const id = `control-${spec.testid}`;
  const select = el(
    "select",
    {
      class: "select",
      testid: spec.testid,
      attrs: { id },
      on: { change: () => store.set({ [spec.field]: select.value } as Partial<ViewState>) },
    },
    spec.values.map((value) => texts.text(el("option", { attrs: { value } }), spec.optionKey(value))),
  );
  select.value = String(store.get()[spec.field]);
  store.subscribe((state, previous) => {
    if (state[spec.field] !== previous[spec.field]) select.value = String(state[spec.field]);
  });
  return el("div", { class: "control" }, [texts.text(el("label", { attrs: { for: id } }), spec.label), select]);
}
