/**
 * "Find projects like mine": a description in, ranked proposals out, with the
 * words that make them similar. The query runs in the worker, on the same
 * index that links the proposals.
 */
import type { AppContext } from "../context.js";
import { el, replaceChildren } from "../dom/index.js";
import { projectButton } from "../panel/project-item.js";
import { proposalByline } from "../panel/describe.js";

/** Matches listed for a description. */
export const MATCH_COUNT = 10;

export function createMatchView(context: AppContext): HTMLElement {
  const { texts, session, store } = context;
  const textarea = el("textarea", {
    class: "textarea",
    testid: "match-text",
    attrs: { id: "match-text", rows: 4, disabled: true },
  });
  texts.attr(textarea, "placeholder", "match.placeholder");
  const submit = el("button", { class: "button button-primary", testid: "match-submit", attrs: { type: "submit", disabled: true } });
  texts.text(submit, "match.submit");
  const results = el("div", { class: "project-list match-results", attrs: { "aria-live": "polite" } });
  const form = el("form", { class: "match-form" }, [
    texts.text(el("label", { class: "visually-hidden", attrs: { for: "match-text" } }), "match.heading"),
    textarea,
    submit,
  ]);
  let generation = 0;
  let lastResults: Parameters<typeof renderResults>[0] | null = null;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });

  async function run(): Promise<void> {
    const text = textarea.value.trim();
    const ticket = ++generation;
    if (text.length === 0) {
      lastResults = null;
      replaceChildren(results, [el("p", { class: "muted", text: context.t("match.empty") })]);
      return;
    }
    submit.disabled = true;
    results.setAttribute("aria-busy", "true");
    replaceChildren(results, [el("p", { class: "muted", text: context.t("match.running") })]);
    try {
      const projects = await context.client.match(text, MATCH_COUNT);
      if (ticket !== generation) return;
      lastResults = projects;
      renderResults(projects);
    } catch (error) {
      if (ticket !== generation) return;
      const message = error instanceof Error ? error.message : String(error);
      replaceChildren(results, [el("p", { class: "error-text", text: context.t("match.failed", { message }) })]);
    } finally {
      if (ticket === generation) {
        submit.disabled = false;
        results.removeAttribute("aria-busy");
      }
    }
  }

  function renderResults(projects: Awaited<ReturnType<typeof context.client.match>>): void {
    const derived = session.current();
    if (!derived) return;
    const language = store.get().uiLanguage;
    replaceChildren(
      results,
      projects.length === 0
        ? [el("p", { class: "muted", text: context.t("match.none") })]
        : projects.map((project) =>
            projectButton(
              project,
              "match-result",
              context.t,
              (match) => proposalByline(derived.model.graph, match.key, language),
              (key) => context.actions.open(key, { focus: true }),
            ),
          ),
    );
  }

  session.subscribe((_derived, _state, changes) => {
    if (changes.network) {
      textarea.disabled = false;
      submit.disabled = false;
      generation++;
      lastResults = null;
      replaceChildren(results, []);
    } else if (changes.language && lastResults) renderResults(lastResults);
  });

  return el("section", { class: "panel-section match", attrs: { "aria-labelledby": "match-heading" } }, [
    texts.text(el("h2", { class: "section-title", attrs: { id: "match-heading" } }), "match.heading"),
    texts.text(el("p", { class: "muted small" }), "match.help"),
    form,
    results,
  ]);
}
