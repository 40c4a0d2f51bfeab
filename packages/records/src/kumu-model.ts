/**
 * Kumu maps as elements and connections, from either of Kumu's import layouts:
 * the JSON blueprint (`{elements: [{label, type, ...}], connections: [{from, to}]}`)
 * or the spreadsheet (an elements sheet with "Label" in A1, a connections
 * sheet with "From" and "To").
 */
import { compactKey } from "./fold.js";
import { matchHeader } from "./headers.js";
import { importWarning } from "./issues.js";
import { isPlainObject, valueKind } from "./json.js";
import { columnNames } from "./table.js";
import type { Table } from "./table.js";
import { toText } from "./values.js";
import type { CanonicalField, ImportIssue } from "./types.js";

export interface KumuElement {
  /** Elements sheet row, or 1-based position in the blueprint's `elements`. */
  row: number;
  label: string;
  id: string;
  type: string;
  /** Other attributes: (header, canonical field or null, value). */
  cells: { header: string; field: CanonicalField | null; value: unknown }[];
}

/** Where a connection is, for messages: the 1-based position in the blueprint, or a row of a connections sheet. */
export type ConnectionOrigin = { connection: number } | { sheet: string; row: number };

export interface KumuConnection {
  from: string;
  to: string;
  origin: ConnectionOrigin;
}

export interface KumuModel {
  elements: KumuElement[];
  connections: KumuConnection[];
  /** How each element attribute was understood (Label -> title, Type -> null, ...). */
  columns: Record<string, CanonicalField | null>;
  issues: ImportIssue[];
}

type Role = "label" | "type" | CanonicalField | null;

/** Label and Type are Kumu's own; other attributes use the same header matching as CSV columns. */
function roleOf(header: string): Role {
  const key = compactKey(header);
  if (key === "label") return "label";
  if (key === "type" || key === "elementtype") return "type";
  return matchHeader(header);
}

function fieldOf(role: Role): CanonicalField | null {
  if (role === "label") return "title";
  return role === "type" ? null : role;
}

function toElement(row: number, entries: [string, unknown][], columns: KumuModel["columns"]): KumuElement {
  const element: KumuElement = { row, label: "", id: "", type: "", cells: [] };
  for (const [header, value] of entries) {
    const role = roleOf(header);
    if (!(header in columns)) columns[header] = fieldOf(role);
    if (role === "label" && element.label === "") element.label = toText(value);
    else if (role === "type" && element.type === "") element.type = toText(value);
    else {
      if (role === "id" && element.id === "") element.id = toText(value);
      element.cells.push({ header, field: fieldOf(role), value });
    }
  }
  return element;
}

/** Elements and connections of a Kumu JSON blueprint. */
export function blueprintModel(blueprint: Record<string, unknown>): KumuModel {
  const model: KumuModel = { elements: [], connections: [], columns: {}, issues: [] };
  const elements = Array.isArray(blueprint.elements) ? blueprint.elements : [];
  elements.forEach((item: unknown, index) => {
    if (!isPlainObject(item)) {
      model.issues.push(importWarning(index + 1, null, "element-not-an-object", { found: valueKind(item) }));
      return;
    }
    const { attributes, ...own } = item;
    const entries = Object.entries(own);
    if (isPlainObject(attributes)) entries.push(...Object.entries(attributes));
    model.elements.push(toElement(index + 1, entries, model.columns));
  });
  const connections = Array.isArray(blueprint.connections) ? blueprint.connections : [];
  connections.forEach((item: unknown, index) => {
    const connection = index + 1;
    if (isPlainObject(item)) model.connections.push({ from: toText(item.from), to: toText(item.to), origin: { connection } });
    else model.issues.push(importWarning(0, null, "connection-not-an-object", { connection }));
  });
  return model;
}

/** Elements (and connections) of Kumu's spreadsheet layout. */
export function tableModel(elements: Table, connections: { table: Table; name: string } | null): KumuModel {
  const model: KumuModel = { elements: [], connections: [], columns: {}, issues: [] };
  const names = columnNames(elements.headers);
  for (const { row, cells } of elements.rows) {
    if (cells.every((cell) => toText(cell) === "")) continue;
    const entries = names.map((name, index): [string, unknown] => [name, cells[index]]);
    model.elements.push(toElement(row, entries, model.columns));
  }
  if (connections) {
    const headers = columnNames(connections.table.headers).map(compactKey);
    const from = headers.indexOf("from");
    const to = headers.indexOf("to");
    for (const { row, cells } of connections.table.rows) {
      if (cells.every((cell) => toText(cell) === "")) continue;
      model.connections.push({ from: toText(cells[from]), to: toText(cells[to]), origin: { sheet: connections.name, row } });
    }
  }
  return model;
}

/** True when a header row is a Kumu connections header (has From and To). */
export function isConnectionsHeader(headers: readonly unknown[]): boolean {
  const keys = headers.map((header) => compactKey(toText(header)));
  return keys.includes("from") && keys.includes("to");
}

/** True when a header row starts like a Kumu elements sheet ("Label" in the first cell). */
export function isElementsHeader(headers: readonly unknown[]): boolean {
  return headers.length > 0 && compactKey(toText(headers[0])) === "label";
}
