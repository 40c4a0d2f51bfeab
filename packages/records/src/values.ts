/**
 * Turning cell values (strings from CSV, numbers from XLSX, anything from JSON)
 * into text and lists.
 */
import { foldText } from "./fold.js";

/** Multi-value cells separate values with `|` (Kumu) or `;`. */
export const LIST_SEPARATORS = /[|;]/;

/** A cell value as trimmed text ("" for null, undefined and empty values; arrays joined by "; "). */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return value.map(toText).filter((part) => part !== "").join("; ");
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  // A nested object (JSON): keep its text rather than "[object Object]".
  return JSON.stringify(value);
}

/**
 * Splits cell values into a list: arrays are flattened, strings split on
 * `separators`; values are trimmed, empties dropped and duplicates removed
 * (compared folded, the first spelling is kept).
 */
export function toList(values: readonly unknown[], separators: RegExp = LIST_SEPARATORS): string[] {
  const items: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else items.push(...toText(value).split(separators));
  };
  values.forEach(visit);
  return uniqueFolded(items.map((item) => item.trim()).filter((item) => item !== ""));
}

/**
 * The items in an array of exactly their number. An array grown by `push`
 * keeps spare room (17 slots for a single value, about 150 bytes): the lists
 * a proposal keeps (languages, categories, beneficiaries, keywords) are copied
 * to their size, which at 100k proposals saves tens of MB.
 */
export function exactly<T>(items: T[]): T[] {
  return items.slice();
}

/** Removes values equal once folded, keeping the first spelling. */
export function uniqueFolded(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const item of items) {
    const key = foldText(item) || item;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return unique;
}

/** Text fields fed by several columns are joined by a blank line. */
export function joinTexts(values: readonly unknown[]): string {
  return values
    .map(toText)
    .filter((text) => text !== "")
    .join("\n\n");
}

/** The first non-empty value as text, or "". */
export function firstText(values: readonly unknown[]): string {
  for (const value of values) {
    const text = toText(value);
    if (text !== "") return text;
  }
  return "";
}
