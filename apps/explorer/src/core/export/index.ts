/**
 * Exports: the current view as PNG (sigma's layers drawn on one canvas), the
 * filtered network as GEXF (with the explorer's colours, sizes and positions)
 * and graphology JSON, and the filtered proposals as CSV. The export libraries
 * are loaded on first use, not at start-up.
 */
import { filteredSubgraph } from "@skills-network/graph";
import type { SkillsGraph } from "@skills-network/core";
import type { AppContext } from "../context.js";
import { downloadFile, el, toast } from "../dom/index.js";
import type { MessageKey } from "../i18n/types.js";
import type { Derived } from "../session/index.js";
import type { ViewState } from "../state/types.js";

type ExportFormat = "png" | "gexf" | "json" | "csv";

const FORMATS: { format: ExportFormat; label: MessageKey; title: MessageKey }[] = [
  { format: "png", label: "export.png", title: "export.png.title" },
  { format: "gexf", label: "export.gexf", title: "export.gexf.title" },
  { format: "json", label: "export.json", title: "export.json.title" },
  { format: "csv", label: "export.csv", title: "export.csv.title" },
];

export function createExportView(context: AppContext): HTMLElement {
  const { texts } = context;
  const buttons = FORMATS.map(({ format, label, title }) => {
    const button = el("button", {
      class: "button button-ghost",
      testid: `export-${format}`,
      attrs: { type: "button", disabled: true },
      on: { click: () => void run(format, button) },
    });
    texts.text(button, label);
    texts.attr(button, "title", title);
    return button;
  });
  const heading = texts.text(el("span", { class: "export-label", attrs: { id: "export-label" } }), "header.export");
  const root = el("div", { class: "export-menu", attrs: { role: "group", "aria-labelledby": "export-label" } }, [
    heading,
    el("div", { class: "button-group" }, buttons),
  ]);

  context.session.subscribe(() => {
    for (const button of buttons) button.disabled = false;
  });

  async function run(format: ExportFormat, button: HTMLButtonElement): Promise<void> {
    const derived = context.session.current();
    if (!derived) return;
    button.setAttribute("aria-busy", "true");
    try {
      await exportAs(format, derived, context.store.get(), context);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      toast(context.t("export.failed", { message }));
    } finally {
      button.removeAttribute("aria-busy");
    }
  }

  return root;
}

async function exportAs(format: ExportFormat, derived: Derived, state: ViewState, context: AppContext): Promise<void> {
  const base = fileBase(derived.model.dataset);
  if (format === "png") {
    const renderer = context.actions.renderer();
    if (!renderer) return;
    const { downloadAsPNG } = await import("@sigma/export-image");
    // export-image is typed for untyped graphs; the renderer is the same object.
    await downloadAsPNG(renderer.sigma as unknown as Parameters<typeof downloadAsPNG>[0], { fileName: base, backgroundColor: "#ffffff" });
    return;
  }
  const exporters = await import("@skills-network/export");
  if (format === "csv") {
    const keys = derived.model.proposalKeys.filter((key) => derived.visibility.proposals.has(key));
    downloadFile(`${base}-proposals.csv`, exporters.proposalsToCSV(derived.model.graph, keys), "text/csv;charset=utf-8");
    return;
  }
  const subgraph = styledSubgraph(derived, state);
  if (format === "gexf") {
    downloadFile(`${base}.gexf`, exporters.toGEXF(subgraph), "application/xml;charset=utf-8");
  } else {
    downloadFile(`${base}.json`, JSON.stringify(exporters.toGraphologyJSON(subgraph)), "application/json;charset=utf-8");
  }
}

/** The filtered network with the colours and sizes on screen, so Gephi opens it looking the same. */
function styledSubgraph(derived: Derived, state: ViewState): SkillsGraph {
  const subgraph = filteredSubgraph(derived.model.graph, state.filters);
  subgraph.updateEachNodeAttributes((key, attributes) => {
    const look = derived.model.looks.get(key);
    if (!look) return attributes;
    return { ...attributes, color: look.colors[state.colorMode], size: look.sizes[state.sizeMode] };
  });
  return subgraph;
}

/** "sample" -> "skills-network"; "My file.xlsx" -> "skills-network-my-file". */
export function fileBase(dataset: string): string {
  if (dataset === "sample") return "skills-network";
  const stem = dataset.replace(/\.[^.]+$/, "").normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  const slug = stem.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug ? `skills-network-${slug}` : "skills-network";
}
