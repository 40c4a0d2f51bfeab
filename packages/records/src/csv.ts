/**
 * CSV with papaparse: quoted fields, newlines inside quotes, "," ";" or tab
 * delimiter guessed. Empty lines are kept while parsing so that row numbers
 * match what a spreadsheet shows, then skipped.
 */
import Papa from "papaparse";
import { Unreadable } from "./import-error.js";
import { importError } from "./issues.js";
import { splitHeader } from "./table.js";
import type { Table, TableRow } from "./table.js";
import type { ImportIssue } from "./types.js";

// "|" is not guessed: Kumu and our multi-value cells use it inside values.
const DELIMITERS = [",", ";", "\t"];

export interface CsvTable {
  table: Table;
  /** Parser problems by spreadsheet row (malformed quotes). */
  issues: Map<number, ImportIssue[]>;
}

/** Lines used to guess the delimiter. */
const GUESS_PREVIEW = 50;

/**
 * The delimiter, guessed on the first lines without blank ones: papaparse
 * counts a blank line as a one-field row, which would defeat its guess on
 * short files (a trailing newline is enough).
 */
function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text, { preview: GUESS_PREVIEW, skipEmptyLines: "greedy", delimitersToGuess: DELIMITERS });
  return sample.meta.delimiter || ",";
}

export function parseCsv(text: string): CsvTable {
  if (text.trim() === "") throw new Unreadable("empty-file", {});
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const rows: TableRow[] = parsed.data.map((cells, index) => ({ row: index + 1, cells }));
  const table = splitHeader(rows);
  if (!table) throw new Unreadable("empty-file", {});
  const issues = new Map<number, ImportIssue[]>();
  for (const error of parsed.errors) {
    // UndetectableDelimiter only means a one-column file; field-count errors are checked against the header.
    if (error.type !== "Quotes" || error.row === undefined) continue;
    const row = error.row + 1;
    const list = issues.get(row) ?? [];
    list.push(importError(row, null, "malformed-quotes", { reason: error.message, parserCode: error.code }));
    issues.set(row, list);
  }
  return { table, issues };
}

/** The header cells of a CSV text (first non-blank line), for format detection. */
export function csvHeaders(text: string): string[] {
  const parsed = Papa.parse<string[]>(text, { header: false, preview: 20, delimiter: guessDelimiter(text) });
  return splitHeader(parsed.data.map((cells, index) => ({ row: index + 1, cells })))?.headers.map(String) ?? [];
}
