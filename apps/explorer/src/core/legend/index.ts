/**
 * The legend follows the colour choice: communities (with their names),
 * categories or regions, with how many proposals each colours; then the
 * neutral colours of the other kinds of node.
 */
import type { AppContext } from "../context.js";
import { el, replaceChildren } from "../dom/index.js";
import { KIND_COLORS, legendEntries, type LegendEntry } from "../appearance/index.js";
import { communityLabel } from "../filters/options.js";
import { categoryLabel, regionLabel } from "../i18n/labels.js";
import type { Translate } from "../i18n/index.js";
import type { ColorMode, UiLanguage } from "../state/types.js";

export function createLegendView(context: AppContext): HTMLElement {
  const list = el("ul", { class: "legend-items" });
  const kinds = el("ul", { class: "legend-kinds" });
  const title = context.texts.text(el("span", { class: "legend-title" }), "legend.heading");
  const root = el("details", { class: "legend", testid: "legend", attrs: { open: true } }, [
    el("summary", {}, [title, el("span", { class: "legend-mode" })]),
    list,
    kinds,
  ]);

  context.session.subscribe((derived, state, changes) => {
    if (!(changes.network || changes.language || changes.appearance)) return;
    const { graph, proposalKeys, communities } = derived.model;
    const entries = legendEntries(
      state.colorMode,
      proposalKeys.map((key) => graph.getNodeAttributes(key)),
      communities.communities,
    );
    root.querySelector(".legend-mode")!.textContent = context.t(`color.${state.colorMode}`);
    replaceChildren(
      list,
      entries.map((entry) =>
        el("li", { class: "legend-item", testid: "legend-item" }, [
          swatch(entry.color),
          el("span", { class: "legend-label", text: entryLabel(entry, state.uiLanguage, context.t) }),
          entry.count !== undefined ? el("span", { class: "legend-count", text: String(entry.count) }) : null,
        ]),
      ),
    );
    replaceChildren(kinds, kindEntries(state.colorMode, context.t));
  });

  return root;
}

function swatch(color: string): HTMLElement {
  const element = el("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
  element.style.background = color;
  return element;
}

export function entryLabel(entry: LegendEntry, language: UiLanguage, t: Translate): string {
  const { label } = entry;
  switch (label.type) {
    case "community":
      return communityLabel(label.id, label.name);
    case "category":
      return categoryLabel(label.value, language);
    case "region":
      return regionLabel(label.value, language);
    case "kind":
      return label.kind;
    case "message":
      return t(label.key);
  }
}

/** Neutral node kinds, minus the one the colour mode paints (categories in category mode...). */
function kindEntries(mode: ColorMode, t: Translate): HTMLElement[] {
  const painted = mode === "category" ? ["category"] : mode === "region" ? ["region", "country"] : [];
  return (Object.keys(KIND_COLORS) as (keyof typeof KIND_COLORS)[])
    .filter((kind) => !painted.includes(kind))
    .map((kind) => el("li", { class: "legend-kind" }, [swatch(KIND_COLORS[kind]), el("span", { text: t(`kind.${kind}`) })]));
}
