/**
 * The header: name, search, list/graph toggle, export buttons and the
 * interface language.
 */
import type { AppContext } from "../context.js";
import { el } from "../dom/index.js";
import { createExportView } from "../export/index.js";
import { createSearchView } from "../search/index.js";
import { UI_LANGUAGES, type UiLanguage } from "../state/types.js";

const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: "English", fr: "Français", es: "Español" };

export function createHeader(context: AppContext): HTMLElement {
  const { store, texts } = context;

  const language = el(
    "select",
    {
      class: "select",
      testid: "ui-language",
      on: { change: () => store.set({ uiLanguage: language.value as UiLanguage }) },
    },
    UI_LANGUAGES.map((code) => el("option", { attrs: { value: code, lang: code }, text: LANGUAGE_NAMES[code] })),
  );
  texts.attr(language, "aria-label", "header.language");
  language.value = store.get().uiLanguage;

  const viewToggle = el("button", {
    class: "button",
    testid: "view-toggle",
    attrs: { type: "button", "aria-pressed": "false" },
    on: { click: () => store.set({ view: store.get().view === "graph" ? "list" : "graph" }) },
  });

  const renderToggle = () => {
    const { view } = store.get();
    viewToggle.textContent = context.t(view === "graph" ? "header.view.list" : "header.view.graph");
    viewToggle.setAttribute("aria-pressed", String(view === "list"));
    viewToggle.dataset.view = view;
    language.value = store.get().uiLanguage;
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.uiLanguage !== previous.uiLanguage) renderToggle();
  });
  renderToggle();

  const brand = el("div", { class: "brand" }, [
    el("span", { class: "brand-mark", attrs: { "aria-hidden": "true" } }),
    el("div", { class: "brand-text" }, [
      texts.text(el("h1", { class: "brand-name" }), "app.title"),
      texts.text(el("p", { class: "brand-tagline" }), "app.tagline"),
    ]),
  ]);

  return el("header", { class: "app-header" }, [
    brand,
    createSearchView(context),
    el("div", { class: "header-actions" }, [viewToggle, createExportView(context), language]),
  ]);
}
