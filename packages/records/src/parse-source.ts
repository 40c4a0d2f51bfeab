/** Dispatch to the reader of a format: input -> source records. */
import type { WorkBook } from "@e965/xlsx";
import { parseCsv } from "./csv.js";
import { isKumuBlueprint } from "./detect.js";
import type { Inspection } from "./detect.js";
import { Unreadable } from "./import-error.js";
import type { LoadedInput } from "./input.js";
import { jsonToRecords, parseJson } from "./json.js";
import { kumuToRecords } from "./kumu.js";
import { blueprintModel, isConnectionsHeader, isElementsHeader, tableModel } from "./kumu-model.js";
import type { KumuModel } from "./kumu-model.js";
import type { ParsedSource } from "./source.js";
import { splitHeader, tableToRecords } from "./table.js";
import type { Table } from "./table.js";
import { importWarning } from "./issues.js";
import { dataSheetNames, firstDataSheetRows, readWorkbook, sheetRows } from "./xlsx.js";
import type { InputFormat } from "./types.js";

function textOf(loaded: LoadedInput, format: InputFormat): string {
  if (loaded.kind === "text") return loaded.text;
  throw new Unreadable(loaded.kind === "workbook" ? "text-format-got-spreadsheet" : "text-format-got-value", { format });
}

function valueOf(loaded: LoadedInput, inspection: Inspection): unknown {
  if (inspection.value !== undefined) return inspection.value;
  if (loaded.kind === "value") return loaded.value;
  return parseJson(textOf(loaded, "json"));
}

function workbookOf(loaded: LoadedInput, inspection: Inspection): WorkBook {
  if (inspection.workbook) return inspection.workbook;
  if (loaded.kind === "workbook") return readWorkbook(loaded.bytes);
  throw new Unreadable("not-a-zip", {});
}

function kumuWorkbookModel(workbook: WorkBook): KumuModel {
  let elements: Table | null = null;
  let connections: { table: Table; name: string } | null = null;
  for (const name of dataSheetNames(workbook)) {
    const table = splitHeader(sheetRows(workbook.Sheets[name]));
    if (!table) continue;
    if (!elements && isElementsHeader(table.headers)) elements = table;
    else if (!connections && isConnectionsHeader(table.headers)) connections = { table, name };
  }
  if (!elements) throw new Unreadable("no-kumu-elements-sheet", { sheets: workbook.SheetNames.join(", ") });
  return tableModel(elements, connections);
}

function kumuSource(format: InputFormat, model: KumuModel): ParsedSource {
  const { records, issues, hasIdColumn } = kumuToRecords(model);
  return { format, records, columns: model.columns, issues, hasIdColumn };
}

function withoutRecordsWarning(source: ParsedSource): ParsedSource {
  if (source.records.length === 0) source.issues.push(importWarning(0, null, "no-records", {}));
  return source;
}

export function parseSource(loaded: LoadedInput, inspection: Inspection): ParsedSource {
  const { format } = inspection;
  switch (format) {
    case "csv": {
      const { table, issues } = parseCsv(textOf(loaded, format));
      return withoutRecordsWarning({ format, issues: [], ...tableToRecords(table, issues) });
    }
    case "xlsx": {
      const table = splitHeader(firstDataSheetRows(workbookOf(loaded, inspection)));
      if (!table) throw new Unreadable("empty-first-sheet", {});
      return withoutRecordsWarning({ format, issues: [], ...tableToRecords(table) });
    }
    case "json":
      return withoutRecordsWarning({ format, issues: [], ...jsonToRecords(valueOf(loaded, inspection)) });
    case "kumu-json": {
      const value = valueOf(loaded, inspection);
      if (!isKumuBlueprint(value)) throw new Unreadable("not-a-kumu-blueprint", {});
      return withoutRecordsWarning(kumuSource(format, blueprintModel(value)));
    }
    case "kumu-csv": {
      const { table, issues } = parseCsv(textOf(loaded, format));
      const model = tableModel(table, null);
      model.issues.push(...[...issues.values()].flat());
      return withoutRecordsWarning(kumuSource(format, model));
    }
    case "kumu-xlsx":
      return withoutRecordsWarning(kumuSource(format, kumuWorkbookModel(workbookOf(loaded, inspection))));
  }
}
