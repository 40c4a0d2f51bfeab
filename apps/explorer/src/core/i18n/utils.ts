import type { MessageParams } from "./types.js";

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders; unknown placeholders are left as written. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** Names of the placeholders of a template, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * Splits a template around placeholders so that some of them can be DOM nodes
 * (e.g. a count inside a sentence whose word order depends on the language).
 */
export function formatParts(template: string, params: Record<string, string | number | Node>): (string | Node)[] {
  const parts: (string | Node)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (match.index > last) parts.push(template.slice(last, match.index));
    const value = Object.hasOwn(params, name) ? params[name]! : match[0];
    parts.push(typeof value === "number" ? String(value) : value);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}
