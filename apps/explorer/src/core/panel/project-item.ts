import type { SimilarProject } from "@skills-network/core";
import { el } from "../dom/index.js";
import type { Translate } from "../i18n/index.js";

/**
 * A similar project as a button: title, who and where, the score (percent,
 * exact value in `data-score`) with a bar, and the shared terms that explain it.
 */
export function projectButton(
  project: SimilarProject,
  testid: string,
  t: Translate,
  /** "Organisation · Country" in the interface language. */
  describe: (project: SimilarProject) => string,
  onOpen: (key: string) => void,
): HTMLButtonElement {
  const percent = Math.round(project.score * 100);
  const bar = el("span", { class: "score-bar", attrs: { "aria-hidden": "true" } }, [el("span", { class: "score-fill" })]);
  (bar.firstChild as HTMLElement).style.width = `${Math.max(2, Math.min(100, percent))}%`;
  const meta = describe(project);
  const terms = project.sharedTerms.map((term) => term.term).join(", ");
  return el(
    "button",
    {
      class: "project-item",
      testid,
      attrs: { type: "button", "data-key": project.key, "data-score": project.score.toFixed(4) },
      on: { click: () => onOpen(project.key) },
    },
    [
      el("span", { class: "project-title", text: project.title }),
      meta ? el("span", { class: "project-meta", text: meta }) : null,
      el("span", { class: "project-score" }, [bar, el("span", { class: "score", text: t("detail.score", { score: percent }) })]),
      terms ? el("span", { class: "shared-terms", text: t("detail.shared", { terms }) }) : null,
    ],
  );
}
