/** The import report: accounts for every input record (records === imported + rejected). */
import { sortIssues } from "./issues.js";
import type { ImportIssue, ImportReport, InputFormat } from "./types.js";

export interface ReportParts {
  format: InputFormat;
  records: number;
  imported: number;
  issues: readonly ImportIssue[];
  columns: Record<string, string | null>;
}

export function buildReport({ format, records, imported, issues, columns }: ReportParts): ImportReport {
  const sorted = sortIssues(issues);
  const errors = sorted.filter((issue) => issue.severity === "error").length;
  return {
    format,
    records,
    imported,
    rejected: records - imported,
    errors,
    warnings: sorted.length - errors,
    issues: sorted,
    columns,
  };
}
