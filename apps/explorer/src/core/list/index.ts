/**
 * The list view: the filtered proposals as a table (title, organisation,
 * country, categories), an alternative to the canvas that works with a
 * keyboard and screen readers. Click or Enter on a row opens the proposal.
 */
import type { ProposalNodeAttributes } from "@skills-network/core";
import type { AppContext } from "../context.js";
import { el, replaceChildren } from "../dom/index.js";
import { categoryLabel, countryLabel } from "../i18n/labels.js";
import type { Derived } from "../session/index.js";
import type { ViewState } from "../state/types.js";

/** Rows drawn at once; "show more" adds as many again (20 000 rows would make the page sluggish). */
export const LIST_PAGE_SIZE = 1_000;

export function createListView(context: AppContext): HTMLElement {
  const { session, texts } = context;
  const body = el("tbody");
  const headings = (["list.title", "list.organization", "list.country", "list.categories"] as const).map((key) =>
    texts.text(el("th", { attrs: { scope: "col" } }), key),
  );
  const caption = texts.text(el("caption", { class: "visually-hidden" }), "list.heading");
  const table = el("table", { class: "proposal-table" }, [caption, el("thead", {}, [el("tr", {}, headings)]), body]);
  const footer = el("div", { class: "list-footer" });
  const root = el("div", { class: "list-view", testid: "list-view", attrs: { hidden: true, id: "list-view" } }, [table, footer]);
  let limit = LIST_PAGE_SIZE;

  function render(derived: Derived, state: ViewState): void {
    const { graph, proposalKeys } = derived.model;
    const shown = proposalKeys
      .filter((key) => derived.visibility.proposals.has(key))
      .map((key) => ({ key, attributes: graph.getNodeAttributes(key) as ProposalNodeAttributes }))
      .sort((a, b) => a.attributes.title.localeCompare(b.attributes.title, state.uiLanguage) || (a.key < b.key ? -1 : 1));
    replaceChildren(
      body,
      shown.slice(0, limit).map(({ key, attributes }) => row(key, attributes, state)),
    );
    const rest = shown.length - Math.min(limit, shown.length);
    if (shown.length === 0) {
      replaceChildren(footer, [el("p", { class: "muted", text: context.t("list.empty") })]);
    } else if (rest > 0) {
      replaceChildren(footer, [
        el("button", {
          class: "button",
          attrs: { type: "button" },
          text: context.t("list.more", { count: Math.min(rest, LIST_PAGE_SIZE) }),
          on: {
            click: () => {
              limit += LIST_PAGE_SIZE;
              render(derived, state);
            },
          },
        }),
      ]);
    } else replaceChildren(footer, []);
  }

  function row(key: string, attributes: ProposalNodeAttributes, state: ViewState): HTMLTableRowElement {
    const open = () => context.actions.open(key);
    const country = attributes.country ? countryLabel(attributes.country, attributes.countryName, state.uiLanguage) : "";
    return el(
      "tr",
      {
        class: key === state.selection ? "list-row is-selected" : "list-row",
        testid: "list-row",
        attrs: { tabindex: 0, "data-key": key, "aria-selected": key === state.selection },
        on: {
          click: open,
          keydown: (event) => {
            if (event.key === "Enter" || event.key === " ") {
              event.preventDefault();
              open();
            }
          },
        },
      },
      [
        el("td", { class: "cell-title", text: attributes.title }),
        el("td", { text: attributes.organization ?? "" }),
        el("td", { text: country }),
        el("td", { text: attributes.categories.map((value) => categoryLabel(value, state.uiLanguage)).join(", ") }),
      ],
    );
  }

  session.subscribe((derived, state, changes) => {
    root.hidden = state.view !== "list";
    if (state.view !== "list") return;
    if (changes.network || changes.filters) limit = LIST_PAGE_SIZE;
    if (changes.network || changes.filters || changes.language || changes.view) render(derived, state);
    else if (changes.selection) markSelected(state.selection);
  });

  // Only the highlight moves: re-drawing the rows would lose the keyboard focus.
  function markSelected(selection: string | null): void {
    for (const tr of body.querySelectorAll<HTMLTableRowElement>("tr.list-row")) {
      const selected = tr.dataset.key === selection;
      tr.classList.toggle("is-selected", selected);
      tr.setAttribute("aria-selected", String(selected));
    }
  }

  return root;
}
