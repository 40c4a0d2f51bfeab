import { STAGES } from "@skills-network/core";
import type { ComparisonResult } from "./compare.js";
import type { SizeResult } from "./measure.js";
import type { TargetCheck } from "./targets.js";

const MB = 1024 * 1024;

/** Right-aligned columns (the first left-aligned), two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? "")].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const ms = (value: number) => (value >= 100 ? String(Math.round(value)) : value.toFixed(1));
const mb = (bytes: number) => String(Math.round(bytes / MB));
const seconds = (ms: number) => (ms / 1000).toFixed(2);
/** The totals of every run of a size (one when it ran once). */
const totalsOf = (result: SizeResult) => result.runTotals ?? [result.totalMs];
/** "1", or the number of runs and the range of their totals: "3: 2790–2930". */
const runsCell = (result: SizeResult) => {
  const totals = totalsOf(result);
  return totals.length === 1 ? "1" : `${totals.length}: ${Math.round(Math.min(...totals))}–${Math.round(Math.max(...totals))}`;
};
const size = (value: number) => (value >= 1000 && value % 1000 === 0 ? `${value / 1000}k` : String(value));

export function formatPipelineTable(results: readonly SizeResult[]): string {
  const header = ["size", ...STAGES, "total ms", "runs", "maxRSS MB", "heap MB", "betweenness", "links", "communities"];
  const rows = results.map((result) => [
    size(result.size),
    ...STAGES.map((stage) => ms(result.timings[stage])),
    ms(result.totalMs),
    runsCell(result),
    mb(result.maxRss),
    mb(result.heapPeak),
    result.betweenness ? "on" : "off",
    String(result.similarLinks),
    String(result.communities),
  ]);
  return alignColumns([header, ...rows]);
}

/** Share of the stage time per stage, to see what dominates at the largest size. */
export function formatStageSplit(result: SizeResult): string {
  const total = STAGES.reduce((sum, stage) => sum + result.timings[stage], 0);
  const parts = STAGES.map((stage) => ({ stage, share: total === 0 ? 0 : result.timings[stage] / total }))
    .sort((a, b) => b.share - a.share)
    .map(({ stage, share }) => `${stage} ${(share * 100).toFixed(0)}%`);
  return `stage split at ${size(result.size)}: ${parts.join(" · ")}`;
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map(({ target, result, met }) => {
      if (result === null) return `  ${target.description}: not run`;
      const totals = totalsOf(result);
      const runs = totals.length > 1 ? ` (median of ${totals.length} runs: ${seconds(Math.min(...totals))}–${seconds(Math.max(...totals))} s)` : "";
      const figure = `${seconds(result.totalMs)} s${runs}, peak RSS ${mb(result.maxRss)} MB`;
      return `  ${target.description}: ${figure}  ${met ? "MET" : "MISSED"}`;
    })
    .join("\n");
}

export function formatComparisonTable(results: readonly ComparisonResult[]): string {
  const header = ["size", "ours tfidf", "ours topk", "ours ms", "natural tfidf", "natural pairs", "natural ms", "speed-up", "top-k overlap"];
  const rows = results.map((result) => [
    size(result.size),
    ms(result.ours.tfidfMs),
    ms(result.ours.topkMs),
    ms(result.ours.ms),
    ms(result.natural.tfidfMs),
    ms(result.natural.pairsMs),
    (result.natural.completed ? "" : ">") + ms(result.natural.ms),
    (result.natural.completed ? "" : ">") + `${result.speedup.toFixed(1)}×`,
    result.overlap === null ? "-" : `${(result.overlap * 100).toFixed(0)}%`,
  ]);
  return alignColumns([header, ...rows]);
}
