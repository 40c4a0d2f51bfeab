import type { ImportIssue, ImportReport } from "@skills-network/core";
import { plural } from "./plural.js";

export interface ReportFormatOptions {
  /** Issues listed before "... and N more"; Infinity lists them all (`--verbose`). */
  maxIssues: number;
  /** Name shown in the summary line. */
  fileName: string;
}

export const reportFormatDefaults: ReportFormatOptions = { maxIssues: 20, fileName: "input" };

/**
 * The import report as a person reads it: one summary line, then one line per
 * issue, errors first (they reject records), each group by row.
 *
 *   sample.csv (csv): 12 records · 10 imported · 2 rejected · 2 errors · 1 warning
 *     row 7 · country · unknown country "Atlantis" (warning)
 */
export function formatReport(report: ImportReport, options: Partial<ReportFormatOptions> = {}): string {
  const settings = { ...reportFormatDefaults, ...options };
  const lines = [formatSummary(report, settings.fileName)];
  const issues = sortIssues(report.issues);
  const shown = issues.slice(0, settings.maxIssues);
  for (const issue of shown) lines.push(`  ${formatIssue(issue)}`);
  const hidden = issues.length - shown.length;
  if (hidden > 0) lines.push(`  ... and ${hidden} more (--verbose lists them all)`);
  return lines.join("\n") + "\n";
}

export function formatSummary(report: ImportReport, fileName: string): string {
  return (
    `${fileName} (${report.format}): ${plural(report.records, "record")} · ${report.imported} imported · ` +
    `${report.rejected} rejected · ${plural(report.errors, "error")} · ${plural(report.warnings, "warning")}`
  );
}

/** `row 7 · country · unknown country "Atlantis" (warning)`; row 0 is the file as a whole. */
export function formatIssue(issue: ImportIssue): string {
  const value =
    issue.value !== undefined && issue.value !== "" && !issue.message.includes(issue.value) ? ` ("${issue.value}")` : "";
  const where = issue.row === 0 ? "file" : `row ${issue.row}`;
  const field = issue.field ?? (issue.row === 0 ? null : "record");
  return `${where} · ${field === null ? "" : `${field} · `}${issue.message}${value} (${issue.severity})`;
}

/** Errors before warnings; within each, by row (stable, so input order breaks ties). */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const rank = (issue: ImportIssue) => (issue.severity === "error" ? 0 : 1);
  return [...issues].sort((a, b) => rank(a) - rank(b) || a.row - b.row);
}
