/**
 * The catalogue of import issues: each code with its English wording. An
 * ImportIssue carries its code and params, so a UI can word it in any language
 * (type a translation as `IssueMessages`); `message` is always the English
 * text built here.
 *
 * Params are plain strings and numbers. A list param (`columns`, `ignored`,
 * `sheets`) arrives already joined as it appears in the English text, since a
 * value may itself contain commas.
 */

/** What a JSON value is, as `typeof` says it, with "null" and "array" told apart from "object". */
export type ValueKind = "null" | "array" | "object" | "string" | "number" | "bigint" | "boolean" | "symbol" | "undefined" | "function";

/** "an object", "an array", "a string", "null": the English wording of a ValueKind. */
export function describeKind(kind: ValueKind): string {
  if (kind === "null") return "null";
  return kind === "array" || kind === "object" ? `an ${kind}` : `a ${kind}`;
}

const ISSUE_MESSAGES = {
  // The input cannot be read at all: one error on row 0, thrown as an ImportError.
  "empty-file": () => "the file is empty",
  "invalid-json": (p: { reason: string }) => `invalid JSON: ${p.reason}`,
  "invalid-json-at": (p: { line: number; column: number; reason: string }) =>
    `invalid JSON at line ${p.line}, column ${p.column}: ${p.reason}`,
  "no-record-list": (p: { found: ValueKind }) =>
    `expected an array of records, an object with a "proposals" array, or a Kumu blueprint with "elements"; found ${describeKind(p.found)}`,
  "no-title-column": (p: { columns: string; expected: string }) =>
    `no title or id column. Found ${p.columns}; expected a column named like ${p.expected} (see HEADER_ALIASES)`,
  "no-columns": (p: { expected: string }) =>
    `no title or id column. Found no columns; expected a column named like ${p.expected} (see HEADER_ALIASES)`,
  "text-format-got-spreadsheet": (p: { format: string }) => `format "${p.format}" needs text, but the input is a spreadsheet`,
  "text-format-got-value": (p: { format: string }) => `format "${p.format}" needs text, but the input is a parsed value`,
  "not-a-zip": () => "expected a spreadsheet (.xlsx), but the input is not a zip file",
  "unreadable-workbook": (p: { reason: string }) => `not a readable workbook (${p.reason}); save it as .xlsx or .csv`,
  "no-sheets": () => "the workbook has no sheets",
  "all-sheets-ignored": (p: { sheets: string }) => `every sheet is marked "(ignore)": ${p.sheets}`,
  "empty-first-sheet": () => "the first sheet is empty",
  "no-kumu-elements-sheet": (p: { sheets: string }) => `no Kumu elements sheet (a sheet with "Label" in A1) among: ${p.sheets}`,
  "not-a-kumu-blueprint": () => 'expected a Kumu blueprint: an object with an "elements" array',

  // The file as a whole (warning).
  "no-records": () => "the file has no records",

  // A record the reader could not split into fields (error).
  "malformed-quotes": (p: { reason: string; parserCode: string }) =>
    `malformed quotes: ${p.reason}; close the quote or double quotes inside values`,
  "too-many-cells": (p: { cells: number; columns: number }) =>
    `row has ${p.cells} cells but the header has ${p.columns} columns; quote values that contain the delimiter`,
  "not-an-object": (p: { found: ValueKind }) => `record is not an object (found ${describeKind(p.found)})`,

  // Title, text and id.
  "missing-title-and-id": () => "missing title and id: give the proposal a title",
  "missing-title": (p: { id: string }) => `missing title; the id "${p.id}" is used as title`,
  "no-text": (p: { minTitleWords: number }) =>
    `no text: give a description, objectives, impact, results or keywords (or a title of ${p.minTitleWords} or more words)`,
  "only-title": () => "no description, objectives, impact, results or keywords: only the title describes this proposal",
  "duplicate-id": (p: { id: string; firstRow: number }) => `duplicate id "${p.id}", first seen on row ${p.firstRow}`,
  "duplicate-title": (p: { firstRow: number; id: string }) => `same title as row ${p.firstRow}; id derived as "${p.id}"`,
  "missing-id": (p: { id: string }) => `missing id; derived "${p.id}" from the title`,

  // Field values that were not understood (warning; the record is kept).
  "several-countries": (p: { kept: string; ignored: string }) => `one country per proposal: kept "${p.kept}", ignored ${p.ignored}`,
  "unknown-country": (p: { value: string }) =>
    `unknown country "${p.value}"; give its English, French or Spanish name or its ISO code`,
  "unknown-language": (p: { value: string }) =>
    `unknown language "${p.value}"; ignored (give a name such as "French" or an ISO code such as "fr")`,
  "unknown-organization-type": (p: { value: string }) => `unknown organization type "${p.value}"; kept as written`,
  "unknown-category": (p: { value: string }) => `unknown category "${p.value}"; kept as written`,
  "unknown-beneficiary": (p: { value: string }) => `unknown beneficiary group "${p.value}"; kept as written`,
  "invalid-year": (p: { value: string; min: number; max: number }) =>
    `year must be a whole number from ${p.min} to ${p.max}; got "${p.value}"`,
  "invalid-url": (p: { value: string }) => `not a web address (http or https): "${p.value}"`,

  // Kumu maps (warning).
  "element-not-an-object": (p: { found: ValueKind }) => `ignored element that is not an object (found ${describeKind(p.found)})`,
  "connection-not-an-object": (p: { connection: number }) =>
    `connection ${p.connection} is not an object with "from" and "to"; ignored`,
  "connection-to-unknown-element": (p: { connection: number; reference: string }) =>
    `connection ${p.connection} refers to unknown element "${p.reference}"; ignored`,
  "sheet-connection-to-unknown-element": (p: { sheet: string; row: number; reference: string }) =>
    `sheet "${p.sheet}" row ${p.row} refers to unknown element "${p.reference}"; ignored`,
  "several-organizations-connected": (p: { kept: string; ignored: string }) =>
    `connected to several organization elements; kept "${p.kept}", ignored "${p.ignored}"`,
  "several-countries-connected": (p: { kept: string; ignored: string }) =>
    `connected to several country elements; kept "${p.kept}", ignored "${p.ignored}"`,
  "untyped-element": (p: { label: string }) => `ignored element without a type ("${p.label}")`,
  "ignored-element-type": (p: { type: string; label: string }) => `ignored element of type ${p.type} ("${p.label}")`,
  "unconnected-organization": (p: { label: string }) => `organization element "${p.label}" is not connected to any proposal`,
  "unconnected-country": (p: { label: string }) => `country element "${p.label}" is not connected to any proposal`,
  "unconnected-category": (p: { label: string }) => `category element "${p.label}" is not connected to any proposal`,
  "unconnected-beneficiary": (p: { label: string }) => `beneficiary element "${p.label}" is not connected to any proposal`,
} satisfies Record<string, (params: never) => string>;

/** Every kind of import issue, e.g. "unknown-country". */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

/** The params of one code, e.g. `IssueParams<"duplicate-id">` is `{ id: string; firstRow: number }`. */
export type IssueParams<C extends IssueCode> = C extends IssueCode
  ? Parameters<(typeof ISSUE_MESSAGES)[C]> extends [infer P]
    ? P
    : Record<string, never>
  : never;

/** A wording for every code: the shape of a translation of the catalogue. */
export type IssueMessages = { [C in IssueCode]: (params: IssueParams<C>) => string };

/** Every issue code, in catalogue order (fatal ones first). */
export const ISSUE_CODES: readonly IssueCode[] = Object.freeze(Object.keys(ISSUE_MESSAGES) as IssueCode[]);

/** The English message of an issue, as in `ImportIssue.message`. */
export function issueMessage<C extends IssueCode>(code: C, params: IssueParams<C>): string {
  if (!Object.hasOwn(ISSUE_MESSAGES, code)) {
    throw new TypeError(`@skills-network/records: unknown issue code "${code}". Use one of ISSUE_CODES.`);
  }
  const template = ISSUE_MESSAGES[code] as (params: IssueParams<C>) => string;
  return template(params);
}
