/**
 * JSON records: an array of objects (or an object holding one under
 * "proposals", "records", "data", "items" or "rows"). Row numbers are 1-based
 * positions in the array.
 */
import { matchHeader } from "./headers.js";
import { Unreadable } from "./import-error.js";
import type { ValueKind } from "./issue-messages.js";
import { importError } from "./issues.js";
import { addValue, emptyRecord } from "./source.js";
import type { SourceRecord } from "./source.js";
import { noTitleColumn } from "./table.js";
import { toText } from "./values.js";
import type { CanonicalField } from "./types.js";

const RECORD_LIST_KEYS = ["proposals", "records", "data", "items", "rows"];

/** Parses JSON text; Unreadable with the line and column of a syntax error. */
export function parseJson(text: string): unknown {
  if (text.trim() === "") throw new Unreadable("empty-file", {});
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 gives an offset ("at position 36"); Firefox already gives "line 3 column 17"; Safari gives neither.
    const position = /position (\d+)/.exec(reason);
    if (!position) throw new Unreadable("invalid-json", { reason });
    throw new Unreadable("invalid-json-at", { ...lineAndColumn(text, Number(position[1])), reason });
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function recordList(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value)) {
    for (const key of RECORD_LIST_KEYS) if (Array.isArray(value[key])) return value[key];
  }
  throw new Unreadable("no-record-list", { found: valueKind(value) });
}

export function valueKind(value: unknown): ValueKind {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

export interface JsonRecords {
  records: SourceRecord[];
  columns: Record<string, CanonicalField | null>;
  hasIdColumn: boolean;
}

export function jsonToRecords(value: unknown): JsonRecords {
  const items = recordList(value);
  const columns: Record<string, CanonicalField | null> = {};
  const records = items.map((item, index): SourceRecord => {
    const record = emptyRecord(index + 1);
    if (!isPlainObject(item)) {
      record.issues.push(importError(record.row, null, "not-an-object", { found: valueKind(item) }, toText(item)));
      return record;
    }
    for (const [key, cell] of Object.entries(item)) {
      const field = key in columns ? columns[key] : (columns[key] = matchHeader(key));
      if (field) addValue(record, field, cell);
      else if (toText(cell) !== "") record.extra[key] = toText(cell);
    }
    return record;
  });
  const fields = Object.values(columns);
  if (records.length > 0 && !fields.includes("title") && !fields.includes("id")) {
    throw noTitleColumn(Object.keys(columns));
  }
  return { records, columns, hasIdColumn: fields.includes("id") };
}
