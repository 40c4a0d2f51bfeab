/** Building import issues. Row 0 stands for the file as a whole (not one record). */
import type { CanonicalField, ImportIssue } from "./types.js";

export function importError(row: number, field: CanonicalField | null, message: string, value?: string): ImportIssue {
  return value === undefined ? { row, field, message, severity: "error" } : { row, field, message, severity: "error", value };
}

export function importWarning(row: number, field: CanonicalField | null, message: string, value?: string): ImportIssue {
  return value === undefined ? { row, field, message, severity: "warning" } : { row, field, message, severity: "warning", value };
}

/** Issues by row, then field (whole-record issues first), keeping the order they were found in otherwise. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        a.issue.row - b.issue.row ||
        compareFields(a.issue.field, b.issue.field) ||
        a.order - b.order,
    )
    .map(({ issue }) => issue);
}

function compareFields(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** "row 4 title: missing title" / "file: the file has no records". */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.row === 0 ? "file" : `row ${issue.row}`;
  return `${where}${issue.field ? ` ${issue.field}` : ""}: ${issue.message}`;
}
