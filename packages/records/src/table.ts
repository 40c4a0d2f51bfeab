/**
 * Rows of cells with a header row (CSV, XLSX) -> source records. Row numbers
 * are spreadsheet rows: the header is row 1 when it is the first line.
 */
import { HEADER_ALIASES, matchHeader } from "./headers.js";
import { Unreadable } from "./import-error.js";
import { importError } from "./issues.js";
import { addValue, emptyRecord } from "./source.js";
import type { SourceRecord, SourceRecords } from "./source.js";
import { toText } from "./values.js";
import type { CanonicalField, ImportIssue } from "./types.js";

export interface TableRow {
  row: number;
  cells: readonly unknown[];
}

export interface Table {
  headers: readonly unknown[];
  rows: readonly TableRow[];
}

export interface TableRecords {
  records: SourceRecords;
  columns: Record<string, CanonicalField | null>;
  hasIdColumn: boolean;
}

function lastFilledIndex(cells: readonly unknown[]): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) if (toText(cells[index]) !== "") return index;
  return -1;
}

function isBlank(cells: readonly unknown[]): boolean {
  return cells.every((cell) => toText(cell) === "");
}

/** Splits raw rows into the header (first non-blank row) and data rows. */
export function splitHeader(rows: readonly TableRow[]): Table | null {
  const headerAt = rows.findIndex((row) => !isBlank(row.cells));
  if (headerAt < 0) return null;
  return { headers: rows[headerAt].cells, rows: rows.slice(headerAt + 1) };
}

/** Column names: the header text, or "column N" for a blank header cell. */
export function columnNames(headers: readonly unknown[]): string[] {
  return headers.map((header, index) => toText(header) || `column ${index + 1}`);
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

/** The fatal error when no column holds a title or an id. */
export function noTitleColumn(found: readonly string[]): Unreadable {
  const expected = quoted([...HEADER_ALIASES.title.slice(0, 3), "Project name", "Nom du projet", ...HEADER_ALIASES.id.slice(0, 1)]);
  return found.length > 0
    ? new Unreadable("no-title-column", { columns: quoted(found), expected })
    : new Unreadable("no-columns", { expected });
}

/** Records of a table, or Unreadable when no column is a title or an id. */
export function tableToRecords(table: Table, extraIssues: ReadonlyMap<number, ImportIssue[]> = new Map()): TableRecords {
  const names = columnNames(table.headers);
  const fields = names.map((name) => matchHeader(name));
  if (!fields.includes("title") && !fields.includes("id")) throw noTitleColumn(names);
  const columns: Record<string, CanonicalField | null> = {};
  names.forEach((name, index) => (columns[name] ??= fields[index]));
  const kept = table.rows.filter(({ row, cells }) => !isBlank(cells) || extraIssues.has(row));
  const recordOf = ({ row, cells }: TableRow): SourceRecord => {
    const record = emptyRecord(row);
    record.issues.push(...(extraIssues.get(row) ?? []));
    cells.forEach((cell, index) => {
      if (index >= names.length) return;
      const field = fields[index];
      if (field) addValue(record, field, cell);
      else if (toText(cell) !== "") record.extra[names[index]] = toText(cell);
    });
    const filled = lastFilledIndex(cells) + 1;
    if (filled > names.length) {
      const overflow = cells.slice(names.length, filled).map(toText).join(" | ");
      record.issues.push(importError(row, null, "too-many-cells", { cells: filled, columns: names.length }, overflow));
    }
    return record;
  };
  // Made as they are read (see SourceRecords).
  const records: SourceRecords = {
    length: kept.length,
    *[Symbol.iterator]() {
      for (const row of kept) yield recordOf(row);
    },
  };
  return { records, columns, hasIdColumn: fields.includes("id") };
}
