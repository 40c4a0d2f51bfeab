/**
 * JSON records: an array of objects (or an object holding one under
 * "proposals", "records", "data", "items" or "rows"). Row numbers are 1-based
 * positions in the array.
 */
import { matchHeader } from "./headers.js";
import { Unreadable } from "./import-error.js";
import { importError } from "./issues.js";
import { addValue, emptyRecord } from "./source.js";
import type { SourceRecord } from "./source.js";
import { noTitleColumn } from "./table.js";
import { toText } from "./values.js";
import type { CanonicalField } from "./types.js";

const RECORD_LIST_KEYS = ["proposals", "records", "data", "items", "rows"];

/** Parses JSON text; Unreadable with the line and column of a syntax error. */
export function parseJson(text: string): unknown {
  if (text.trim() === "") throw new Unreadable("the file is empty");
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 gives an offset ("at position 36"); Firefox already gives "line 3 column 17"; Safari gives neither.
    const position = /position (\d+)/.exec(reason);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : "";
    throw new Unreadable(`invalid JSON${where}: ${reason}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function recordList(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value)) {
    for (const key of RECORD_LIST_KEYS) if (Array.isArray(value[key])) return value[key];
  }
  throw new Unreadable(
    `expected an array of records, an object with a "proposals" array, or a Kumu blueprint with "elements"; found ${describeValue(value)}`,
  );
}

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
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
      record.issues.push(importError(record.row, null, `record is not an object (found ${describeValue(item)})`, toText(item)));
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
    throw new Unreadable(noTitleColumn(Object.keys(columns)));
  }
  return { records, columns, hasIdColumn: fields.includes("id") };
}
