/** Building import issues. Row 0 stands for the file as a whole (not one record). */
import { issueMessage } from "./issue-messages.js";
import type { IssueCode, IssueParams } from "./issue-messages.js";
import type { CanonicalField, ImportIssue, IssueSeverity } from "./types.js";

function issue<C extends IssueCode>(
  severity: IssueSeverity,
  row: number,
  field: CanonicalField | null,
  code: C,
  params: IssueParams<C>,
  value: string | undefined,
): ImportIssue {
  const built: ImportIssue = { row, field, code, params, message: issueMessage(code, params), severity };
  if (value !== undefined) built.value = value;
  return built;
}

/** An issue that rejects its record (or, on row 0, the whole file). */
export function importError<C extends IssueCode>(
  row: number,
  field: CanonicalField | null,
  code: C,
  params: IssueParams<C>,
  value?: string,
): ImportIssue {
  return issue("error", row, field, code, params, value);
}

/** An issue that keeps its record. */
export function importWarning<C extends IssueCode>(
  row: number,
  field: CanonicalField | null,
  code: C,
  params: IssueParams<C>,
  value?: string,
): ImportIssue {
  return issue("warning", row, field, code, params, value);
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
