/** The error thrown for an unreadable file, or in strict mode when records have errors. */
import { issueMessage } from "./issue-messages.js";
import type { IssueCode, IssueParams } from "./issue-messages.js";
import { describeIssue, importError } from "./issues.js";
import type { ImportIssue, ImportReport, InputFormat } from "./types.js";

/** How many errors the message of a strict-mode ImportError lists before "and N more". */
export const LISTED_ERRORS = 5;

export class ImportError extends Error {
  readonly issues: ImportIssue[];
  readonly report: ImportReport;

  constructor(message: string, report: ImportReport) {
    super(message);
    this.name = "ImportError";
    this.report = report;
    this.issues = report.issues.filter((issue) => issue.severity === "error");
  }
}

function inFile(fileName: string | undefined): string {
  return fileName ? `"${fileName}"` : "the input";
}

/** Strict mode: one error listing the first errors of a report. */
export function errorsFound(report: ImportReport, fileName?: string): ImportError {
  const errors = report.issues.filter((issue) => issue.severity === "error");
  const listed = errors.slice(0, LISTED_ERRORS).map(describeIssue).join("; ");
  const more = errors.length > LISTED_ERRORS ? `; and ${errors.length - LISTED_ERRORS} more` : "";
  const noun = errors.length === 1 ? "error" : "errors";
  return new ImportError(`@skills-network/records: ${errors.length} ${noun} in ${inFile(fileName)}: ${listed}${more}`, report);
}

/** A file that cannot be read at all: thrown whatever the mode. */
export function unreadable(format: InputFormat, cause: Unreadable, fileName?: string): ImportError {
  const issue = importError(0, null, cause.code, cause.params);
  const report: ImportReport = {
    format,
    records: 0,
    imported: 0,
    rejected: 0,
    errors: 1,
    warnings: 0,
    issues: [issue],
    columns: {},
  };
  return new ImportError(`@skills-network/records: cannot read ${inFile(fileName)}: ${issue.message}`, report);
}

/**
 * Thrown by the readers when the input cannot be read at all; `readProposals`
 * turns it into an ImportError naming the file.
 */
export class Unreadable<C extends IssueCode = IssueCode> extends Error {
  readonly code: C;
  readonly params: IssueParams<C>;

  constructor(code: C, params: IssueParams<C>) {
    super(issueMessage(code, params));
    this.name = "Unreadable";
    this.code = code;
    this.params = params;
  }
}
