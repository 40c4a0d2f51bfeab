/**
 * Loading your own file: drop it or pick it (CSV, XLSX, JSON, Kumu); the
 * worker rebuilds the network while stage names show progress; then the
 * import report lists every row that was skipped or corrected and why. A file
 * that cannot be read gives a clear message and the current network stays.
 */
import type { ImportReport, Stage } from "@skills-network/core";
import type { AppContext } from "../context.js";
import { el, replaceChildren } from "../dom/index.js";
import type { LoadFailure } from "../graph/types.js";
import { issueText } from "../i18n/issues.js";
import type { MessageKey } from "../i18n/types.js";

export const ACCEPTED_FILES = ".csv,.tsv,.txt,.json,.xlsx,.xls";
/** Issues drawn at once in the report table. */
const ISSUE_PAGE = 500;

export type LoadStage = Stage | "read" | "draw";

export interface ImporterView {
  /** The "Data" section of the sidebar. */
  section: HTMLElement;
  /** The progress card shown over the canvas while a network is built. */
  progress: HTMLElement;
  /** The import report, shown at the top of the right-hand panel after a file is loaded. */
  report: HTMLElement;
  loading(name: string): void;
  progressed(stage: LoadStage, index: number, total: number): void;
  loaded(dataset: string, report: ImportReport): void;
  failed(name: string, failure: LoadFailure): void;
}

export function createImporterView(context: AppContext): ImporterView {
  const { texts } = context;

  const input = el("input", {
    class: "visually-hidden",
    testid: "file-input",
    attrs: { type: "file", accept: ACCEPTED_FILES, id: "file-input" },
    on: {
      change: () => {
        const file = input.files?.[0];
        if (file) context.actions.loadFile(file);
        input.value = "";
      },
    },
  });
  const pick = el("label", { class: "button button-small", attrs: { for: "file-input" } });
  texts.text(pick, "data.pick");
  const dropZone = el("div", { class: "drop-zone", testid: "drop-zone" }, [
    // The input comes first so that its keyboard focus can outline the label that stands for it.
    el("p", {}, [texts.text(el("span", {}), "data.drop"), " ", input, pick]),
    texts.text(el("p", { class: "muted small" }), "data.formats"),
  ]);
  for (const type of ["dragenter", "dragover"] as const) {
    dropZone.addEventListener(type, (event) => {
      event.preventDefault();
      dropZone.classList.add("is-dragging");
    });
  }
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("is-dragging"));
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropZone.classList.remove("is-dragging");
    const file = event.dataTransfer?.files?.[0];
    if (file) context.actions.loadFile(file);
  });

  const dataset = el("p", { class: "dataset-name" });
  const error = el("div", { class: "load-error", testid: "load-error", attrs: { role: "alert", hidden: true } });
  const report = el("section", {
    class: "panel-section import-report",
    testid: "import-report",
    attrs: { hidden: true, "aria-labelledby": "import-report-title" },
  });

  const section = el("section", { class: "panel-section data", attrs: { "aria-labelledby": "data-heading" } }, [
    texts.text(el("h2", { class: "section-title", attrs: { id: "data-heading" } }), "data.heading"),
    dataset,
    dropZone,
    error,
  ]);

  const stageText = el("p", { class: "progress-stage" });
  const bar = el("progress", { attrs: { max: 1, value: 0 } });
  const title = el("p", { class: "progress-title" });
  const progress = el("div", { class: "load-progress", testid: "load-progress", attrs: { role: "status", hidden: true } }, [
    el("div", { class: "spinner", attrs: { "aria-hidden": "true" } }),
    title,
    bar,
    stageText,
  ]);

  let currentDataset = "sample";
  const datasetLabel = () =>
    currentDataset === "sample" ? context.t("data.sample") : context.t("data.file", { name: currentDataset });

  context.store.subscribe((state, previous) => {
    if (state.uiLanguage === previous.uiLanguage) return;
    dataset.textContent = datasetLabel();
    title.textContent = context.t("data.loading");
    if (lastReport) renderReport(lastReport);
  });

  let lastReport: ImportReport | null = null;

  /** A file that could not be read says why in the interface language (its one issue carries the code). */
  function failureText(failure: LoadFailure): string {
    const fatal = failure.report !== null && failure.report.records === 0 ? failure.report.issues[0] : undefined;
    const language = context.store.get().uiLanguage;
    return language !== "en" && fatal !== undefined ? issueText(language, fatal) : failure.message;
  }

  function renderReport(value: ImportReport): void {
    const t = context.t;
    const items = value.issues.slice(0, ISSUE_PAGE).map((issue) =>
      el("li", { class: `issue issue-${issue.severity}`, testid: "import-issue" }, [
        el("div", { class: "issue-head" }, [
          el("span", { class: `severity severity-${issue.severity}`, text: t(`severity.${issue.severity}` as MessageKey) }),
          el("span", { class: "issue-where" }, [
            `${t("report.row")} `,
            el("span", { class: "issue-row", text: String(issue.row) }),
            " · ",
            el("span", { class: "issue-field", text: issue.field ?? t("report.record") }),
          ]),
        ]),
        el("p", { class: "issue-message" }, [issueText(context.store.get().uiLanguage, issue), issue.value ? el("span", { class: "issue-value", text: ` “${issue.value}”` }) : null]),
      ]),
    );
    const list =
      value.issues.length === 0
        ? el("p", { class: "muted small", text: t("report.none") })
        : el("div", { class: "issue-list-wrap" }, [
            el("ol", { class: "issue-list" }, items),
            value.issues.length > ISSUE_PAGE ? el("p", { class: "muted small", text: `… ${value.issues.length - ISSUE_PAGE}` }) : null,
          ]);
    replaceChildren(report, [
      el("div", { class: "section-head" }, [
        el("h2", { class: "section-title", attrs: { id: "import-report-title" }, text: t("report.heading") }),
        el("button", {
          class: "button button-link",
          attrs: { type: "button" },
          text: t("data.dismiss"),
          on: { click: () => (report.hidden = true) },
        }),
      ]),
      el("p", {
        class: "import-summary",
        testid: "import-summary",
        text: t("report.summary", {
          records: value.records,
          imported: value.imported,
          rejected: value.rejected,
          errors: value.errors,
          warnings: value.warnings,
        }),
      }),
      list,
    ]);
    report.hidden = false;
  }

  return {
    section,
    progress,
    report,
    loading(name) {
      error.hidden = true;
      report.hidden = true;
      title.textContent = context.t("data.loading");
      stageText.textContent = name === "sample" ? context.t("data.sample") : name;
      bar.value = 0;
      progress.hidden = false;
    },
    progressed(stage, index, total) {
      stageText.textContent = context.t(`stage.${stage}`);
      bar.max = Math.max(1, total);
      bar.value = Math.min(index, total);
    },
    loaded(name, value) {
      progress.hidden = true;
      currentDataset = name;
      dataset.textContent = datasetLabel();
      if (name === "sample") {
        lastReport = null;
        report.hidden = true;
      } else {
        lastReport = value;
        renderReport(value);
      }
    },
    failed(name, failure) {
      progress.hidden = true;
      const displayName = name === "sample" ? context.t("data.sample") : name;
      replaceChildren(error, [
        el("p", { class: "error-title", text: context.t("data.error", { name: displayName, message: failureText(failure) }) }),
        context.session.current() ? el("p", { class: "small", text: context.t("data.kept") }) : null,
        el("button", {
          class: "button button-link",
          attrs: { type: "button" },
          text: context.t("data.dismiss"),
          on: { click: () => (error.hidden = true) },
        }),
      ]);
      error.hidden = false;
      // A report with records in it says which rows failed (strict reading); a fatal error has said it all above.
      if (failure.report && failure.report.records > 0 && failure.report.issues.length > 0) {
        lastReport = failure.report;
        renderReport(failure.report);
      }
    },
  };
}
