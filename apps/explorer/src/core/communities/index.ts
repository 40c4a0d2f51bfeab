/**
 * Communities of similar proposals, named by their distinctive keywords.
 * Choosing one focuses it (filter community = that one) and shows its
 * keywords, main categories and countries, and a CSV export of its members.
 */
import type { CommunitySummary } from "@skills-network/core";
import type { AppContext } from "../context.js";
import { communityColor } from "../appearance/utils.js";
import { downloadFile, el, replaceChildren, toast } from "../dom/index.js";
import { fileBase } from "../export/index.js";
import { categoryLabel, countryLabel } from "../i18n/labels.js";
import type { Derived } from "../session/index.js";
import type { UiLanguage, ViewState } from "../state/types.js";
import { withFacet } from "../state/utils.js";

/** The community shown alone, when exactly one is chosen in the filters. */
export function focusedCommunity(state: Pick<ViewState, "filters">): number | null {
  const chosen = state.filters.community ?? [];
  return chosen.length === 1 ? Number(chosen[0]) : null;
}

export function createCommunitiesView(context: AppContext): HTMLElement {
  const { session, store, texts } = context;
  const summary = el("p", { class: "muted small" });
  const list = el("ul", { class: "community-list" });

  let shownFocus: number | null = null;
  session.subscribe((derived, state, changes) => {
    const focus = focusedCommunity(state);
    if (changes.network || changes.language || focus !== shownFocus) render(derived, state);
    shownFocus = focus;
  });

  function render(derived: Derived, state: ViewState): void {
    const { communities } = derived.model.communities;
    const focused = focusedCommunity(state);
    summary.textContent =
      communities.length === 0
        ? context.t("communities.none")
        : context.t("communities.summary", { count: communities.length, isolated: derived.model.communities.isolated });
    // Re-drawing the list must not lose the keyboard focus of the item just pressed.
    const focusedItem = (document.activeElement as HTMLElement | null)?.closest?.("[data-community]");
    const refocus = focusedItem && list.contains(focusedItem) ? (focusedItem as HTMLElement).dataset.community : null;
    replaceChildren(
      list,
      communities.map((community) => {
        const isFocused = community.id === focused;
        const swatch = el("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
        swatch.style.background = communityColor(community.id);
        const item = el(
          "button",
          {
            class: "community-item",
            testid: "community-item",
            attrs: { type: "button", "aria-pressed": isFocused, "aria-expanded": isFocused, "data-community": community.id },
            on: {
              click: () =>
                store.set((current) => ({
                  filters: withFacet(current.filters, "community", isFocused ? [] : [String(community.id)]),
                })),
            },
          },
          [
            swatch,
            el("span", { class: "name", text: `${community.id + 1}. ${community.name || "—"}` }),
            el("span", { class: "size", text: String(community.size) }),
          ],
        );
        return el("li", { class: isFocused ? "is-focused" : "" }, [item, isFocused ? details(derived, community, state.uiLanguage) : null]);
      }),
    );
    if (refocus !== null && refocus !== undefined) list.querySelector<HTMLElement>(`[data-community="${refocus}"]`)?.focus();
  }

  function details(derived: Derived, community: CommunitySummary, language: UiLanguage): HTMLElement {
    const exportButton = el("button", {
      class: "button button-primary",
      testid: "export-community-csv",
      attrs: { type: "button" },
      text: context.t("communities.export"),
      on: { click: () => void exportMembers(derived, community) },
    });
    const showAll = el("button", {
      class: "button button-link",
      attrs: { type: "button" },
      text: context.t("communities.showAll"),
      on: { click: () => store.set((current) => ({ filters: withFacet(current.filters, "community", []) })) },
    });
    const countryName = (code: string) => {
      const node = derived.model.graph.hasNode(`country:${code}`) ? derived.model.graph.getNodeAttribute(`country:${code}`, "label") : null;
      return countryLabel(code, node, language);
    };
    return el("div", { class: "community-details" }, [
      el("p", { class: "small", text: context.t("communities.size", { count: community.size }) }),
      factRow(context.t("communities.keywords"), community.keywords.join(", ")),
      factRow(
        context.t("communities.topCategories"),
        community.topCategories.slice(0, 3).map(({ value, count }) => `${categoryLabel(value, language)} (${count})`).join(", "),
      ),
      factRow(
        context.t("communities.topCountries"),
        community.topCountries.slice(0, 5).map(({ value, count }) => `${countryName(value)} (${count})`).join(", "),
      ),
      el("div", { class: "button-row" }, [exportButton, showAll]),
    ]);
  }

  async function exportMembers(derived: Derived, community: CommunitySummary): Promise<void> {
    try {
      const { proposalsToCSV } = await import("@skills-network/export");
      const csv = proposalsToCSV(derived.model.graph, community.members);
      downloadFile(`${fileBase(derived.model.dataset)}-community-${community.id + 1}.csv`, csv, "text/csv;charset=utf-8");
    } catch (error) {
      toast(context.t("export.failed", { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return el("section", { class: "panel-section communities", attrs: { "aria-labelledby": "communities-heading" } }, [
    texts.text(el("h2", { class: "section-title", attrs: { id: "communities-heading" } }), "communities.heading"),
    summary,
    list,
  ]);
}

function factRow(label: string, value: string): HTMLElement | null {
  if (!value) return null;
  return el("p", { class: "fact-row" }, [el("strong", { text: `${label}: ` }), value]);
}
