/**
 * CSV of records in the input shape, with a header row in RAW_COLUMNS order.
 * Quotes are added where a cell needs them (separators, quotes, line breaks),
 * so the file reads back cell for cell.
 */
import Papa from "papaparse";
import { RAW_COLUMNS, type RawRecord } from "./types.js";

export function corpusToCsv(records: readonly RawRecord[]): string {
  return Papa.unparse(
    { fields: [...RAW_COLUMNS], data: records.map((record) => RAW_COLUMNS.map((column) => record[column])) },
    { newline: "\n", quotes: false, escapeFormulae: false },
  ) + "\n";
}
