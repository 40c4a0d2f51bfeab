/**
 * What every reader (CSV, JSON, XLSX, Kumu) produces before normalisation:
 * records whose values are already sorted into canonical fields.
 */
import type { CanonicalField, ImportIssue, InputFormat } from "./types.js";

export interface SourceRecord {
  /** Row number as shown to a person (see ImportIssue.row). */
  row: number;
  /** Raw values per field, in column order: several columns may feed one field. */
  fields: Partial<Record<CanonicalField, unknown[]>>;
  /** Unrecognised columns, as text. */
  extra: Record<string, string>;
  /** Problems found while reading this record; an error rejects it. */
  issues: ImportIssue[];
}

/**
 * The records of a source, read once, in order. A table's records are made
 * as they are read, so that each is garbage once normalised: made all at
 * once, every record of a large file would outlive a few young-generation
 * collections, each copying them all.
 */
export interface SourceRecords extends Iterable<SourceRecord> {
  readonly length: number;
}

export interface ParsedSource {
  format: InputFormat;
  records: SourceRecords;
  /** Original header -> canonical field, or null when kept as extra. */
  columns: Record<string, CanonicalField | null>;
  /** Issues not tied to one record: file-level ones (row 0) and Kumu elements that are not proposals. */
  issues: ImportIssue[];
  /** The source has an id column, so a record without id deserves a warning. */
  hasIdColumn: boolean;
}

/** Adds a value to a record field. */
export function addValue(record: SourceRecord, field: CanonicalField, value: unknown): void {
  (record.fields[field] ??= []).push(value);
}

export function emptyRecord(row: number): SourceRecord {
  return { row, fields: {}, extra: {}, issues: [] };
}
