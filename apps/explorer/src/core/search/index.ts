/**
 * Search box with suggestions as you type (a combobox: arrows move, Enter
 * chooses, Escape closes). Choosing a suggestion opens it and moves the camera.
 */
import type { AppContext } from "../context.js";
import { el, replaceChildren, whenIdle } from "../dom/index.js";
import type { MessageKey } from "../i18n/types.js";
import { buildSearchEntries } from "./entries.js";
import { search, type SearchEntry, type SearchHit } from "./utils.js";

export { search, makeEntry, searchDefaults } from "./utils.js";
export type { SearchEntry, SearchHit } from "./utils.js";
export { buildSearchEntries } from "./entries.js";

const KIND_KEYS: Record<SearchEntry["kind"], MessageKey> = {
  proposal: "kind.proposal",
  organization: "kind.organization",
  country: "kind.country",
  region: "kind.region",
  category: "kind.category",
  beneficiary: "kind.beneficiary",
  keyword: "kind.keyword",
};

export function createSearchView(context: AppContext): HTMLElement {
  const { texts, session, t } = context;
  const listId = "search-suggestions";
  let entries: SearchEntry[] = [];
  let hits: SearchHit[] = [];
  let active = -1;

  const input = el("input", {
    testid: "search-input",
    attrs: {
      type: "search",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      spellcheck: "false",
      disabled: true,
    },
  });
  texts.attr(input, "placeholder", "header.search.placeholder");
  texts.attr(input, "aria-label", "header.search.label");
  const list = el("div", { class: "search-suggestions", attrs: { id: listId, role: "listbox", hidden: true } });
  const root = el("div", { class: "search" }, [el("span", { class: "search-icon", attrs: { "aria-hidden": "true" } }), input, list]);

  /** Entries are built when the page is next idle (or at the first keystroke, if sooner): 20 000 proposals take a few hundred ms. */
  let pending: (() => SearchEntry[]) | null = null;
  const currentEntries = (): SearchEntry[] => {
    if (pending) {
      entries = pending();
      pending = null;
    }
    return entries;
  };

  session.subscribe((derived, state, changes) => {
    if (changes.network) input.value = "";
    if (changes.network || changes.language) {
      const build = () => buildSearchEntries(derived.model, state.uiLanguage);
      pending = build;
      whenIdle(() => {
        if (pending === build) currentEntries();
      });
      input.disabled = false;
      if (!list.hidden) refresh();
    }
  });

  function refresh(): void {
    hits = search(currentEntries(), input.value);
    active = hits.length > 0 ? 0 : -1;
    render();
  }

  function render(): void {
    const open = input.value.trim().length >= 2 && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (!open) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    if (hits.length === 0) {
      replaceChildren(list, [el("div", { class: "search-empty", text: t("header.search.none") })]);
      input.removeAttribute("aria-activedescendant");
      return;
    }
    replaceChildren(
      list,
      hits.map((hit, index) => {
        const detail =
          hit.entry.kind === "keyword" ? t("communities.size", { count: hit.entry.detail }) : hit.entry.detail;
        return el(
          "button",
          {
            class: `search-suggestion${index === active ? " is-active" : ""}`,
            testid: "search-suggestion",
            attrs: { type: "button", role: "option", id: `${listId}-${index}`, tabindex: -1, "aria-selected": index === active },
            on: {
              mousedown: (event) => event.preventDefault(), // keep focus in the input
              click: () => choose(index),
            },
          },
          [
            el("span", { class: `kind-badge kind-${hit.entry.kind}`, text: t(KIND_KEYS[hit.entry.kind]) }),
            el("span", { class: "suggestion-label", text: hit.entry.label }),
            detail ? el("span", { class: "suggestion-detail", text: detail }) : null,
          ],
        );
      }),
    );
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
  }

  function choose(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.entry.label;
    hits = [];
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    context.actions.open(hit.entry.key, { focus: true });
  }

  input.addEventListener("input", refresh);
  input.addEventListener("focus", () => {
    if (input.value.trim().length >= 2) refresh();
  });
  input.addEventListener("blur", () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) refresh();
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
      document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      if (hits.length === 0) return;
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === "Escape") {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }
  });

  return root;
}
