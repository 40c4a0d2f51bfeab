/**
 * Format detection: the file extension chooses the family (CSV, JSON,
 * spreadsheet), then the content tells a Kumu map from plain records.
 */
import type { WorkBook } from "@e965/xlsx";
import { csvHeaders } from "./csv.js";
import { matchHeader } from "./headers.js";
import { Unreadable } from "./import-error.js";
import { loadInput } from "./input.js";
import type { LoadedInput, ReadInput } from "./input.js";
import { parseJson, isPlainObject } from "./json.js";
import { isConnectionsHeader, isElementsHeader } from "./kumu-model.js";
import { dataSheetNames, readWorkbook, sheetRows } from "./xlsx.js";
import { splitHeader } from "./table.js";
import type { InputFormat } from "./types.js";

type Family = "csv" | "json" | "xlsx";

const EXTENSIONS: Record<string, Family> = {
  csv: "csv",
  tsv: "csv",
  txt: "csv",
  json: "json",
  xlsx: "xlsx",
  xlsm: "xlsx",
  xls: "xlsx",
  xlsb: "xlsx",
  ods: "xlsx",
};

/** What detection learnt, kept so the reader does not parse twice. */
export interface Inspection {
  format: InputFormat;
  /** Parsed JSON, when the input is JSON and valid. */
  value?: unknown;
  /** The workbook, when the input is a readable spreadsheet. */
  workbook?: WorkBook;
}

function extensionFamily(fileName: string | undefined): Family | undefined {
  const match = fileName ? /\.([a-z0-9]+)$/i.exec(fileName.trim()) : null;
  return match ? EXTENSIONS[match[1].toLowerCase()] : undefined;
}

export function isKumuBlueprint(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Array.isArray(value.elements);
}

/** A Kumu workbook has an elements sheet with "Label" in A1, or a From/To connections sheet. */
export function isKumuWorkbook(workbook: WorkBook): boolean {
  return dataSheetNames(workbook).some((name) => {
    const headers = splitHeader(sheetRows(workbook.Sheets[name]).slice(0, 20))?.headers ?? [];
    return isElementsHeader(headers) || isConnectionsHeader(headers);
  });
}

/** A CSV is a Kumu elements export when its first column is "Label" and no column is a title. */
function isKumuCsv(text: string): boolean {
  const headers = csvHeaders(text);
  return isElementsHeader(headers) && !headers.some((header) => matchHeader(header) === "title");
}

function inspectJson(text: string): Inspection {
  try {
    const value = parseJson(text);
    return { format: isKumuBlueprint(value) ? "kumu-json" : "json", value };
  } catch (error) {
    if (error instanceof Unreadable) return { format: "json" };
    throw error;
  }
}

function inspectWorkbook(bytes: Uint8Array): Inspection {
  try {
    const workbook = readWorkbook(bytes);
    return { format: isKumuWorkbook(workbook) ? "kumu-xlsx" : "xlsx", workbook };
  } catch (error) {
    if (error instanceof Unreadable) return { format: "xlsx" };
    throw error;
  }
}

export function inspect(loaded: LoadedInput, fileName?: string): Inspection {
  if (loaded.kind === "workbook") return inspectWorkbook(loaded.bytes);
  if (loaded.kind === "value") return { format: isKumuBlueprint(loaded.value) ? "kumu-json" : "json", value: loaded.value };
  const family = extensionFamily(fileName);
  if (family === "json" || (family !== "csv" && /^\s*[[{]/.test(loaded.text))) return inspectJson(loaded.text);
  return { format: isKumuCsv(loaded.text) ? "kumu-csv" : "csv" };
}

/**
 * The format of an input: by file extension first (.csv, .json, .xlsx...), then by
 * content (zip bytes -> spreadsheet; `[` or `{` -> JSON; JSON with `elements` ->
 * Kumu blueprint; CSV whose first column is "Label" and with no title column ->
 * Kumu CSV; workbook with a "Label" elements sheet or a From/To sheet -> Kumu spreadsheet).
 */
export function detectFormat(input: ReadInput, fileName?: string): InputFormat {
  return inspect(loadInput(input), fileName).format;
}
