/**
 * The filter sidebar: one group per facet, a checkbox per value with the
 * number of proposals it would show given the other filters (facetCounts),
 * the shown/total count and one button that clears everything. The groups are
 * built once per network and language; filter changes only update counts and
 * checks.
 */
import { FACETS, type Facet, type FacetCounts } from "@skills-network/graph";
import type { AppContext } from "../context.js";
import { el, replaceChildren } from "../dom/index.js";
import { formatParts } from "../i18n/utils.js";
import { dictionaries } from "../i18n/dictionaries.js";
import type { Derived } from "../session/index.js";
import type { ViewState } from "../state/types.js";
import { hasFilters, toggleFilterValue } from "../state/utils.js";
import { facetValueLabel, groupByRegion, orderOptions, type LabelledOption } from "./options.js";

export { computeVisibility } from "./visibility.js";
export { buildFacetUniverse, knownValues } from "./universe.js";
export * from "./options.js";

interface OptionControl {
  input: HTMLInputElement;
  label: HTMLLabelElement;
  count: HTMLSpanElement;
}

export function createFiltersView(context: AppContext): HTMLElement {
  const { store, texts, session } = context;
  const controls = new Map<Facet, Map<string, OptionControl>>();
  const badges = new Map<Facet, HTMLElement>();

  const visibleCount = el("span", { class: "count-number", testid: "visible-count", text: "0" });
  const totalCount = el("span", { class: "count-number", testid: "total-count", text: "0" });
  const showing = el("p", { class: "showing", attrs: { "aria-live": "polite" } });
  const clear = el("button", {
    class: "button button-link",
    testid: "clear-filters",
    attrs: { type: "button" },
    on: { click: () => store.set({ filters: {} }) },
  });
  texts.text(clear, "filters.clear");
  const groups = el("div", { class: "facets" });

  const root = el("section", { class: "panel-section filters", attrs: { "aria-labelledby": "filters-heading" } }, [
    el("div", { class: "section-head" }, [
      texts.text(el("h2", { class: "section-title", attrs: { id: "filters-heading" } }), "filters.heading"),
      clear,
    ]),
    showing,
    groups,
  ]);

  function renderShowing(state: ViewState): void {
    replaceChildren(showing, formatParts(dictionaries[state.uiLanguage]["filters.showing"], { visible: visibleCount, total: totalCount }));
  }

  function build(derived: Derived, state: ViewState): void {
    controls.clear();
    badges.clear();
    const language = state.uiLanguage;
    replaceChildren(
      groups,
      FACETS.map((facet) => {
        const labelled: LabelledOption[] = derived.model.universe[facet].map((option) => ({
          ...option,
          label: facetValueLabel(facet, option, language, derived.model.communityById),
        }));
        const ordered = orderOptions(facet, labelled, language);
        const facetControls = new Map<string, OptionControl>();
        controls.set(facet, facetControls);
        const optionElement = (option: LabelledOption) => {
          const control = createOption(facet, option);
          facetControls.set(option.value, control);
          return control.label;
        };
        let body: HTMLElement;
        if (ordered.length === 0) {
          body = el("p", { class: "facet-empty", text: context.t("facet.empty") });
        } else if (facet === "country") {
          body = el(
            "div",
            { class: "facet-values" },
            groupByRegion(ordered, language, context.t("region.unknown")).map((group) =>
              el("div", { class: "facet-subgroup", attrs: { role: "group", "aria-label": group.label } }, [
                el("p", { class: "facet-subgroup-title", text: group.label }),
                ...group.options.map(optionElement),
              ]),
            ),
          );
        } else {
          body = el("div", { class: "facet-values" }, ordered.map(optionElement));
        }
        const badge = el("span", { class: "facet-badge" });
        badges.set(facet, badge);
        return el("details", { class: "facet", testid: `filter-${facet}`, attrs: { open: true } }, [
          el("summary", { class: "facet-summary" }, [el("span", { class: "facet-title", text: context.t(`facet.${facet}`) }), badge]),
          body,
        ]);
      }),
    );
    totalCount.textContent = String(derived.model.proposalKeys.length);
    renderShowing(state);
    update(derived, state);
  }

  function createOption(facet: Facet, option: LabelledOption): OptionControl {
    const input = el("input", {
      attrs: { type: "checkbox", value: option.value },
      on: { change: () => store.set((state) => ({ filters: toggleFilterValue(state.filters, facet, option.value, input.checked) })) },
    });
    const count = el("span", { class: "count", text: String(option.total) });
    const label = el("label", { class: "facet-option", attrs: { title: option.label } }, [
      input,
      el("span", { class: "option-label", text: option.label }),
      count,
    ]);
    return { input, label, count };
  }

  function update(derived: Derived, state: ViewState): void {
    updateSelection(derived, state);
    updateCounts(derived, state);
  }

  /** What follows a click at once: the visible count, the checks, the badges. */
  function updateSelection(derived: Derived, state: ViewState): void {
    visibleCount.textContent = String(derived.visibility.proposals.size);
    clear.disabled = !hasFilters(state.filters);
    for (const [facet, facetControls] of controls) {
      const selected = new Set(state.filters[facet] ?? []);
      for (const [value, control] of facetControls) control.input.checked = selected.has(value);
      const badge = badges.get(facet)!;
      badge.textContent = selected.size > 0 ? context.t("filters.selected", { count: selected.size }) : "";
    }
  }

  /** The count beside each value (they arrive a moment after a filter change). */
  function updateCounts(derived: Derived, state: ViewState): void {
    const counts = countsByValue(derived.counts);
    for (const [facet, facetControls] of controls) {
      const selected = new Set(state.filters[facet] ?? []);
      const facetCounts = counts.get(facet);
      for (const [value, control] of facetControls) {
        const count = facetCounts?.get(value) ?? 0;
        control.count.textContent = String(count);
        control.label.classList.toggle("is-empty", count === 0 && !selected.has(value));
      }
    }
  }

  session.subscribe((derived, state, changes) => {
    if (changes.network || changes.language) build(derived, state);
    else if (changes.filters) updateSelection(derived, state);
    else if (changes.counts) updateCounts(derived, state);
  });

  return root;
}

function countsByValue(counts: FacetCounts): Map<Facet, Map<string, number>> {
  const result = new Map<Facet, Map<string, number>>();
  for (const facet of FACETS) {
    result.set(facet, new Map((counts[facet] ?? []).map(({ value, count }) => [value, count])));
  }
  return result;
}
