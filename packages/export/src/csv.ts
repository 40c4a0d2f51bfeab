import Papa from "papaparse";
import type { ProposalNodeAttributes, SimilarEdgeAttributes, SkillsGraph } from "@skills-network/graph";
import type { CsvOptions } from "./types.js";

export const csvDefaults: CsvOptions = {
  bom: false,
  listSeparator: "; ",
  escapeFormulae: true,
};

type Cell = string | number;

/**
 * One row per `similar` edge, strongest first (ties by source id, then target id):
 * source id, source title, target id, target title, score, shared terms.
 */
export function linksToCSV(graph: SkillsGraph, options: Partial<CsvOptions> = {}): string {
  const settings: CsvOptions = { ...csvDefaults, ...options };
  const rows: { source: ProposalNodeAttributes; target: ProposalNodeAttributes; edge: SimilarEdgeAttributes }[] = [];
  graph.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    if (attributes.kind !== "similar") return;
    const [source, target] = [sourceAttributes, targetAttributes] as ProposalNodeAttributes[];
    rows.push(source.id <= target.id ? { source, target, edge: attributes } : { source: target, target: source, edge: attributes });
  });
  rows.sort(
    (a, b) => b.edge.weight - a.edge.weight || compare(a.source.id, b.source.id) || compare(a.target.id, b.target.id),
  );
  return writeCsv(
    ["source id", "source title", "target id", "target title", "score", "shared terms"],
    rows.map(({ source, target, edge }) => [
      source.id,
      source.title,
      target.id,
      target.title,
      round(edge.weight, 4),
      edge.sharedTerms.join(settings.listSeparator),
    ]),
    settings,
  );
}

const PROPOSAL_COLUMNS: readonly [string, (proposal: ProposalNodeAttributes, list: string) => Cell][] = [
  ["id", (p) => p.id],
  ["title", (p) => p.title],
  ["organization", (p) => p.organization ?? ""],
  ["organization type", (p) => p.organizationType ?? ""],
  ["country", (p) => p.country ?? ""],
  ["country name", (p) => p.countryName ?? ""],
  ["region", (p) => p.region ?? ""],
  ["sub-region", (p) => p.subRegion ?? ""],
  ["languages", (p, list) => p.languages.join(list)],
  ["categories", (p, list) => p.categories.join(list)],
  ["beneficiaries", (p, list) => p.beneficiaries.join(list)],
  ["keywords", (p, list) => p.keywords.join(list)],
  ["top terms", (p, list) => p.topTerms.join(list)],
  ["community", (p) => p.community ?? ""],
  ["degree", (p) => p.degree ?? ""],
  ["weighted degree", (p) => (p.weightedDegree === undefined ? "" : round(p.weightedDegree, 4))],
  ["betweenness", (p) => (p.betweenness === undefined ? "" : round(p.betweenness, 6))],
  ["year", (p) => p.year ?? ""],
  ["stage", (p) => p.stage ?? ""],
  ["url", (p) => p.url ?? ""],
  ["description", (p) => p.description],
  ["objectives", (p) => p.objectives],
  ["impact", (p) => p.impact],
  ["results", (p) => p.results],
];

/**
 * One row per proposal with its fields, community and metrics: every proposal in
 * graph order, or those of `keys` (proposal node keys, e.g. a community's members)
 * in the order given.
 */
export function proposalsToCSV(
  graph: SkillsGraph,
  keys?: Iterable<string>,
  options: Partial<CsvOptions> = {},
): string {
  const settings: CsvOptions = { ...csvDefaults, ...options };
  const selected = keys === undefined ? graph.filterNodes((_node, attributes) => attributes.kind === "proposal") : [...new Set(keys)];
  const rows = selected.map((key) => {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, "kind") !== "proposal") {
      throw new Error(
        `@skills-network/export: "${key}" is not a proposal of this graph. Pass proposal node keys such as "proposal:P-001".`,
      );
    }
    const proposal = graph.getNodeAttributes(key) as ProposalNodeAttributes;
    return PROPOSAL_COLUMNS.map(([, cell]) => cell(proposal, settings.listSeparator));
  });
  return writeCsv(
    PROPOSAL_COLUMNS.map(([name]) => name),
    rows,
    settings,
  );
}

/** RFC 4180 CSV (quotes where needed, CRLF line ends) through papaparse. */
function writeCsv(header: string[], rows: Cell[][], settings: CsvOptions): string {
  const text = Papa.unparse({ fields: header, data: rows }, { escapeFormulae: settings.escapeFormulae, newline: "\r\n" });
  return settings.bom ? `\uFEFF${text}` : text;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
