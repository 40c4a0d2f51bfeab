/**
 * One normaliser per field kind. Each returns the value to store and pushes
 * warnings for what it could not understand (the record is kept).
 */
import { normalizeCountry } from "./countries.js";
import type { IssueCode, IssueParams } from "./issue-messages.js";
import { importWarning } from "./issues.js";
import { normalizeLanguage } from "./languages.js";
import { LIST_SEPARATORS, exactly, firstText, toList, toText } from "./values.js";
import type { CanonicalField, CountryInfo, ImportIssue } from "./types.js";

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

// Languages and keywords are also often separated by commas; categories ("Research, data and analysis") are not.
const LANGUAGE_SEPARATORS = /[|;,/]/;
const KEYWORD_SEPARATORS = /[|;,]/;

export interface FieldContext {
  row: number;
  issues: ImportIssue[];
}

function warn<C extends IssueCode>(context: FieldContext, field: CanonicalField, code: C, params: IssueParams<C>, value: string): void {
  context.issues.push(importWarning(context.row, field, code, params, value));
}

/** Maps labels to vocabulary ids; unknown labels are kept as written, with a warning. */
export function vocabularyList(
  values: readonly unknown[],
  match: (label: string) => string | null,
  field: CanonicalField,
  unknownCode: "unknown-category" | "unknown-beneficiary",
  context: FieldContext,
): string[] {
  const result: string[] = [];
  for (const label of toList(values)) {
    const id = match(label);
    if (id === null) warn(context, field, unknownCode, { value: label }, label);
    const value = id ?? label;
    if (!result.includes(value)) result.push(value);
  }
  return exactly(result);
}

export function organizationType(values: readonly unknown[], match: (label: string) => string | null, context: FieldContext): string | null {
  const label = firstText(values);
  if (label === "") return null;
  const id = match(label);
  if (id === null) warn(context, "organization_type", "unknown-organization-type", { value: label }, label);
  return id ?? label;
}

export function country(values: readonly unknown[], context: FieldContext): CountryInfo | null {
  const [first, ...others] = toList(values);
  if (first === undefined) return null;
  if (others.length > 0) {
    const ignored = others.map((other) => `"${other}"`).join(", ");
    warn(context, "country", "several-countries", { kept: first, ignored }, others.join("; "));
  }
  const info = normalizeCountry(first);
  if (!info) warn(context, "country", "unknown-country", { value: first }, first);
  return info;
}

export function languages(values: readonly unknown[], context: FieldContext): string[] {
  const codes: string[] = [];
  for (const label of toList(values, LANGUAGE_SEPARATORS)) {
    const code = normalizeLanguage(label);
    if (code === null) warn(context, "languages", "unknown-language", { value: label }, label);
    else if (!codes.includes(code)) codes.push(code);
  }
  return exactly(codes);
}

/** Keywords split on "|" and ";", or on commas when a value has neither. */
export function keywords(values: readonly unknown[]): string[] {
  const hasListSeparator = values.some((value) => LIST_SEPARATORS.test(toText(value)));
  return exactly(toList(values, hasListSeparator ? LIST_SEPARATORS : KEYWORD_SEPARATORS));
}

export function year(values: readonly unknown[], context: FieldContext): number | null {
  const text = firstText(values);
  if (text === "") return null;
  const value = Number(text);
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return value;
  warn(context, "year", "invalid-year", { value: text, min: MIN_YEAR, max: MAX_YEAR }, text);
  return null;
}

type UrlConstructor = new (text: string) => { protocol: string; hostname: string; href: string };

/** An http(s) URL; "www.example.org" is taken as https. */
export function url(values: readonly unknown[], context: FieldContext): string | null {
  const text = firstText(values);
  if (text === "") return null;
  const candidate = /^www\./i.test(text) ? `https://${text}` : text;
  // URL is global in browsers and Node, but not in the ES library types this package compiles with.
  const URLClass = (globalThis as unknown as { URL: UrlConstructor }).URL;
  try {
    const parsed = new URLClass(candidate);
    if ((parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.includes(".")) return parsed.href;
  } catch {
    // Reported below.
  }
  warn(context, "url", "invalid-url", { value: text }, text);
  return null;
}
