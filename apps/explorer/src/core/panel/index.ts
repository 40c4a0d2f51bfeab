/**
 * The detail panel. A proposal shows its fields, similar projects (computed in
 * the worker, with scores and shared terms) and a control for how far its
 * highlighted neighbourhood reaches. Organisations, countries, regions,
 * categories, beneficiary groups and keywords list their proposals. Every
 * project in a list is a button that opens it.
 */
import type { ProposalNodeAttributes, SimilarProject, SkillsNodeAttributes } from "@skills-network/core";
import type { AppContext } from "../context.js";
import { el, replaceChildren, type Child } from "../dom/index.js";
import { communityLabel } from "../filters/options.js";
import { foldText } from "../graph/fold.js";
import {
  beneficiaryLabel,
  categoryLabel,
  countryLabel,
  languageLabel,
  organizationTypeLabel,
  regionLabel,
} from "../i18n/labels.js";
import type { MessageKey } from "../i18n/types.js";
import type { Derived } from "../session/index.js";
import { KEYWORD_PREFIX, NEIGHBOURHOOD_DEPTHS, type ViewState } from "../state/types.js";
import { withFacet } from "../state/utils.js";
import { proposalByline } from "./describe.js";
import { memberProposals, neighbourOfKind, neighboursByValue, safeUrl, sortByTitle } from "./members.js";
import { projectButton } from "./project-item.js";

export { memberProposals, safeUrl } from "./members.js";
export { projectButton } from "./project-item.js";
export { proposalByline } from "./describe.js";

/** Similar projects listed for an open proposal. */
export const SIMILAR_COUNT = 10;
/** Members drawn at once in a long list. */
const MEMBER_PAGE = 200;

export function createDetailPanel(context: AppContext): HTMLElement {
  const { session, store } = context;
  const body = el("div", { class: "detail-body" });
  const root = el("section", { class: "panel-section detail-panel", testid: "detail-panel", attrs: { "aria-live": "polite", "aria-labelledby": "detail-title" } }, [body]);
  /** Similar projects by proposal id, for the current network (reopening is instant). */
  let similarCache = new Map<string, Promise<SimilarProject[]>>();

  session.subscribe((derived, state, changes) => {
    if (changes.network) similarCache = new Map();
    if (changes.network || changes.language || changes.selection) render(derived, state);
    else if (changes.depth) updateDepth(state);
  });

  function render(derived: Derived, state: ViewState): void {
    const { selection } = state;
    if (!selection) {
      replaceChildren(body, [
        el("h2", { class: "section-title", attrs: { id: "detail-title" }, text: context.t("detail.heading") }),
        el("p", { class: "muted", text: context.t("detail.empty") }),
      ]);
      root.classList.remove("is-open");
      return;
    }
    root.classList.add("is-open");
    if (selection.startsWith(KEYWORD_PREFIX)) {
      replaceChildren(body, keywordDetail(derived, state, selection.slice(KEYWORD_PREFIX.length)));
      return;
    }
    const { graph } = derived.model;
    if (!graph.hasNode(selection)) {
      replaceChildren(body, [header("kind.proposal", selection), el("p", { class: "muted", text: context.t("detail.notFound") })]);
      return;
    }
    const attributes = graph.getNodeAttributes(selection);
    replaceChildren(
      body,
      attributes.kind === "proposal" ? proposalDetail(derived, state, selection, attributes) : groupDetail(derived, state, selection, attributes),
    );
  }

  function header(kindKey: MessageKey, title: string): HTMLElement {
    return el("div", { class: "detail-header" }, [
      el("div", { class: "detail-topline" }, [
        el("span", { class: "kind-badge", text: context.t(kindKey) }),
        el("button", {
          class: "icon-button",
          attrs: { type: "button", "aria-label": context.t("detail.close"), title: context.t("detail.close") },
          text: "×",
          on: { click: () => context.actions.open(null) },
        }),
      ]),
      el("h2", { class: "detail-title", testid: "detail-title", attrs: { id: "detail-title" }, text: title }),
    ]);
  }

  function proposalDetail(derived: Derived, state: ViewState, key: string, attributes: ProposalNodeAttributes): Child[] {
    const { graph, communityById } = derived.model;
    const language = state.uiLanguage;
    const t = context.t;
    const organizationKey = neighbourOfKind(graph, key, "organization");
    const countryKey = neighbourOfKind(graph, key, "country");
    const categoryKeys = neighboursByValue(graph, key, "category");
    const beneficiaryKeys = neighboursByValue(graph, key, "beneficiary");
    const url = safeUrl(attributes.url);

    const facts: [MessageKey, Child][] = [];
    if (attributes.organization) facts.push(["detail.organization", linkOrText(attributes.organization, organizationKey)]);
    if (attributes.organizationType) facts.push(["detail.organizationType", organizationTypeLabel(attributes.organizationType, language)]);
    if (attributes.country) facts.push(["detail.country", linkOrText(countryLabel(attributes.country, attributes.countryName, language), countryKey)]);
    if (attributes.languages.length > 0) facts.push(["detail.languages", attributes.languages.map((code) => languageLabel(code, language)).join(", ")]);
    if (attributes.community !== null && attributes.community !== undefined) {
      const id = attributes.community;
      facts.push([
        "detail.community",
        el("button", {
          class: "link-button",
          attrs: { type: "button" },
          text: communityLabel(id, communityById.get(id)?.name),
          on: { click: () => store.set((current) => ({ filters: withFacet(current.filters, "community", [String(id)]) })) },
        }),
      ]);
    }
    if (attributes.stage) facts.push(["detail.stage", attributes.stage]);
    if (attributes.year !== null && attributes.year !== undefined) facts.push(["detail.year", String(attributes.year)]);
    if (url) facts.push(["detail.website", el("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer" }, text: url })]);

    const similarList = el("div", { class: "project-list", attrs: { "aria-busy": "true" } }, [
      el("p", { class: "muted", text: t("detail.similar.loading") }),
    ]);
    loadSimilar(derived, attributes.id, key, similarList);

    return [
      header("kind.proposal", attributes.title),
      el("dl", { class: "facts" }, facts.flatMap(([label, value]) => [el("dt", { text: t(label) }), el("dd", {}, [value])])),
      chips("detail.categories", attributes.categories.map((value) => [categoryLabel(value, language), categoryKeys.get(value) ?? null])),
      chips("detail.beneficiaries", attributes.beneficiaries.map((value) => [beneficiaryLabel(value, language), beneficiaryKeys.get(value) ?? null])),
      depthControl(state),
      el("section", { class: "detail-section" }, [el("h3", { text: t("detail.similar") }), similarList]),
      textSection("detail.description", attributes.description),
      textSection("detail.objectives", attributes.objectives),
      textSection("detail.impact", attributes.impact),
      textSection("detail.results", attributes.results),
      chips("detail.keywords", (attributes.keywords ?? []).map((term) => [term, `${KEYWORD_PREFIX}${term}`])),
      chips("detail.topTerms", (attributes.topTerms ?? []).map((term) => [term, `${KEYWORD_PREFIX}${term}`])),
    ];
  }

  function loadSimilar(derived: Derived, id: string, key: string, list: HTMLElement): void {
    let request = similarCache.get(id);
    if (!request) {
      request = context.client.similar(id, SIMILAR_COUNT);
      similarCache.set(id, request);
      request.catch(() => similarCache.delete(id));
    }
    request.then(
      (projects) => {
        if (store.get().selection !== key || !list.isConnected) return;
        list.removeAttribute("aria-busy");
        const language = store.get().uiLanguage;
        replaceChildren(
          list,
          projects.length === 0
            ? [el("p", { class: "muted", text: context.t("detail.similar.none") })]
            : projects.map((project) =>
                projectButton(
                  project,
                  "similar-item",
                  context.t,
                  (match) => proposalByline(derived.model.graph, match.key, language),
                  (target) => context.actions.open(target, { focus: true }),
                ),
              ),
        );
      },
      (error: unknown) => {
        if (store.get().selection !== key || !list.isConnected) return;
        list.removeAttribute("aria-busy");
        const message = error instanceof Error ? error.message : String(error);
        replaceChildren(list, [el("p", { class: "error-text", text: context.t("detail.similar.failed", { message }) })]);
      },
    );
  }

  function groupDetail(derived: Derived, state: ViewState, key: string, attributes: SkillsNodeAttributes): Child[] {
    const { graph } = derived.model;
    const language = state.uiLanguage;
    const facts: [MessageKey, string][] = [];
    let title = attributes.label;
    switch (attributes.kind) {
      case "organization":
        if (attributes.organizationType) facts.push(["detail.organizationType", organizationTypeLabel(attributes.organizationType, language)]);
        break;
      case "country":
        title = countryLabel(attributes.code, attributes.label, language);
        if (attributes.region) facts.push(["facet.region", regionLabel(attributes.region, language)]);
        break;
      case "region":
        title = regionLabel(attributes.label, language);
        break;
      case "category":
        title = categoryLabel(attributes.category, language);
        break;
      case "beneficiary":
        title = beneficiaryLabel(attributes.group, language);
        break;
      default:
        break;
    }
    const members = memberProposals(graph, key);
    return [
      header(`kind.${attributes.kind}`, title),
      facts.length > 0
        ? el("dl", { class: "facts" }, facts.flatMap(([label, value]) => [el("dt", { text: context.t(label) }), el("dd", { text: value })]))
        : null,
      depthControl(state),
      memberSection(derived, state, context.t("detail.proposals", { count: members.length }), members),
    ];
  }

  function keywordDetail(derived: Derived, state: ViewState, term: string): Child[] {
    const { graph, keywords } = derived.model;
    const members = sortByTitle(graph, [...(keywords.get(foldText(term)) ?? [])]);
    return [header("kind.keyword", term), memberSection(derived, state, context.t("detail.keywordProposals", { count: members.length }), members)];
  }

  function memberSection(derived: Derived, state: ViewState, heading: string, members: readonly string[]): HTMLElement {
    const list = el("div", { class: "project-list" });
    let shown = 0;
    const more = el("button", { class: "button", attrs: { type: "button" } });
    const showMore = () => {
      const next = members.slice(shown, shown + MEMBER_PAGE);
      list.append(...next.map((member) => memberButton(derived, state, member)));
      shown += next.length;
      more.hidden = shown >= members.length;
      more.textContent = context.t("list.more", { count: Math.min(MEMBER_PAGE, members.length - shown) });
    };
    more.addEventListener("click", showMore);
    showMore();
    return el("section", { class: "detail-section" }, [el("h3", { text: heading }), list, more]);
  }

  function memberButton(derived: Derived, state: ViewState, key: string): HTMLButtonElement {
    const attributes = derived.model.graph.getNodeAttributes(key) as ProposalNodeAttributes;
    const byline = proposalByline(derived.model.graph, key, state.uiLanguage);
    return el(
      "button",
      {
        class: "project-item",
        testid: "member-item",
        attrs: { type: "button", "data-key": key },
        on: { click: () => context.actions.open(key, { focus: true }) },
      },
      [el("span", { class: "project-title", text: attributes.title }), byline ? el("span", { class: "project-meta", text: byline }) : null],
    );
  }

  function linkOrText(text: string, key: string | null): Child {
    if (!key) return text;
    return el("button", {
      class: "link-button",
      attrs: { type: "button" },
      text,
      on: { click: () => context.actions.open(key, { focus: true }) },
    });
  }

  function chips(labelKey: MessageKey, items: [string, string | null][]): HTMLElement | null {
    if (items.length === 0) return null;
    return el("section", { class: "detail-section" }, [
      el("h3", { text: context.t(labelKey) }),
      el(
        "div",
        { class: "chips" },
        items.map(([label, key]) =>
          key
            ? el("button", { class: "chip", attrs: { type: "button" }, text: label, on: { click: () => context.actions.open(key, { focus: true }) } })
            : el("span", { class: "chip", text: label }),
        ),
      ),
    ]);
  }

  function textSection(labelKey: MessageKey, text: string | null | undefined): HTMLElement | null {
    if (!text || text.trim().length === 0) return null;
    return el("section", { class: "detail-section" }, [el("h3", { text: context.t(labelKey) }), el("p", { class: "detail-text", text })]);
  }

  function depthControl(state: ViewState): HTMLElement {
    return el("div", { class: "depth-control", attrs: { role: "group", "aria-label": context.t("detail.depth") } }, [
      el("span", { class: "depth-label", text: context.t("detail.depth") }),
      el(
        "div",
        { class: "segmented" },
        NEIGHBOURHOOD_DEPTHS.map((depth) =>
          el("button", {
            class: "segment",
            attrs: { type: "button", "aria-pressed": state.neighbourhoodDepth === depth, "data-depth": depth },
            text: context.t(`detail.depth.${depth}`),
            on: { click: () => store.set({ neighbourhoodDepth: depth }) },
          }),
        ),
      ),
    ]);
  }

  function updateDepth(state: ViewState): void {
    for (const button of body.querySelectorAll<HTMLButtonElement>(".depth-control .segment")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.depth) === state.neighbourhoodDepth));
    }
  }

  return root;
}
