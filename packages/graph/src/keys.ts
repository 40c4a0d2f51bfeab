import type { NodeKind } from "./types.js";

/**
 * Folds a name into a key fragment: accents and case removed, every run of
 * other characters turned into one "-". "ACME Ltd." and "acme  ltd" give "acme-ltd".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** `nodeKey("proposal", "P-1")` -> `proposal:P-1`. */
export function nodeKey(kind: NodeKind, id: string): string {
  return flatKey(kind, ":", id);
}

export function proposalKey(id: string): string {
  return nodeKey("proposal", id);
}

/** Organisations merge on their folded name, so spelling variants share a node. */
export function organizationKey(name: string): string {
  return nodeKey("organization", slugify(name) || name.trim());
}

export function countryKey(code: string): string {
  return nodeKey("country", code.toUpperCase());
}

export function regionKey(name: string): string {
  return nodeKey("region", name);
}

/** Known ids keep their id; other labels become `custom:<slug>`. */
export function vocabularyKey(kind: "category" | "beneficiary", value: string, known: boolean): string {
  return nodeKey(kind, known ? value : `custom:${slugify(value) || value.trim()}`);
}

/** `edgeKey("similar", a, b)`: the two ends in string order, so a pair has one key. */
export function edgeKey(kind: string, source: string, target: string): string {
  return source < target ? flatKey(kind, "|", source, "|", target) : flatKey(kind, "|", target, "|", source);
}

/**
 * The parts joined in one flat string. Keys built with `+` or a template are
 * trees of partial strings in V8 as long as they live (about 100 bytes for an
 * edge key instead of 64): a graph keeps a million of them.
 */
export function flatKey(...parts: string[]): string {
  return parts.join("");
}
