/**
 * Workbooks with @e965/xlsx (a maintained SheetJS build). The proposals are
 * on the first sheet whose name does not contain "(ignore)".
 */
import { read, utils } from "@e965/xlsx";
import type { WorkBook, WorkSheet } from "@e965/xlsx";
import { Unreadable } from "./import-error.js";
import type { TableRow } from "./table.js";

export function readWorkbook(bytes: Uint8Array): WorkBook {
  let workbook: WorkBook;
  try {
    workbook = read(bytes, { type: "array", dense: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Unreadable("unreadable-workbook", { reason });
  }
  if (workbook.SheetNames.length === 0) throw new Unreadable("no-sheets", {});
  return workbook;
}

/** Kumu's convention, also used here: sheets named "... (ignore)" hold notes, not data. */
export function isIgnoredSheet(name: string): boolean {
  return name.toLowerCase().includes("(ignore)");
}

export function dataSheetNames(workbook: WorkBook): string[] {
  return workbook.SheetNames.filter((name) => !isIgnoredSheet(name));
}

/** Every row of a sheet with its spreadsheet row number, blank rows included. */
export function sheetRows(sheet: WorkSheet): TableRow[] {
  const ref = sheet["!ref"];
  if (!ref) return [];
  const first = utils.decode_range(ref).s.r + 1;
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: "", blankrows: true });
  return rows.map((cells, index) => ({ row: first + index, cells }));
}

/** Rows of the first data sheet; Unreadable when every sheet is ignored. */
export function firstDataSheetRows(workbook: WorkBook): TableRow[] {
  const [name] = dataSheetNames(workbook);
  if (name === undefined) throw new Unreadable("all-sheets-ignored", { sheets: workbook.SheetNames.join(", ") });
  return sheetRows(workbook.Sheets[name]);
}
