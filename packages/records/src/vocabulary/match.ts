/**
 * Matching free-text labels against a controlled vocabulary: exact folded
 * match on ids, labels and aliases first, then without parentheses, then
 * singular/plural, then the longest alias contained in the value as whole words.
 */
import { foldText, withoutParentheses } from "../fold.js";
import type { Labels } from "../types.js";

export interface Vocabulary<Id extends string> {
  ids: readonly Id[];
  labels: Readonly<Record<Id, Labels>>;
  aliases: Readonly<Record<Id, readonly string[]>>;
}

/** Aliases shorter than this are only matched exactly, never found inside a longer value. */
const MIN_CONTAINED_LENGTH = 3;

interface Index<Id extends string> {
  exact: Map<string, Id>;
  /** Folded aliases, longest first, for the containment step. */
  contained: { key: string; id: Id }[];
}

function buildIndex<Id extends string>(vocabulary: Vocabulary<Id>): Index<Id> {
  const exact = new Map<string, Id>();
  for (const id of vocabulary.ids) {
    const { en, fr, es } = vocabulary.labels[id];
    for (const name of [id, en, fr, es, ...vocabulary.aliases[id]]) {
      const key = foldText(name);
      if (key !== "" && !exact.has(key)) exact.set(key, id);
    }
  }
  const contained = [...exact]
    .filter(([key]) => key.length >= MIN_CONTAINED_LENGTH)
    .map(([key, id]) => ({ key, id }))
    .sort((a, b) => wordCount(b.key) - wordCount(a.key) || b.key.length - a.key.length);
  return { exact, contained };
}

function wordCount(key: string): number {
  return key.split(" ").length;
}

function singularOrPlural(key: string): string[] {
  return key.endsWith("s") ? [key.slice(0, -1), `${key}es`] : [`${key}s`, `${key}es`];
}

function longestContained<Id extends string>(key: string, contained: Index<Id>["contained"]): Id | null {
  const padded = ` ${key} `;
  const found = contained.find((alias) => padded.includes(` ${alias.key} `));
  if (!found) return null;
  // Another id matched by an alias of as many words makes the value ambiguous ("young women").
  const words = wordCount(found.key);
  const rival = contained.find(
    (alias) => alias.id !== found.id && wordCount(alias.key) === words && padded.includes(` ${alias.key} `),
  );
  return rival ? null : found.id;
}

/** A function mapping a label to its vocabulary id, or null when none (or several) fit. */
export function createMatcher<Id extends string>(vocabulary: Vocabulary<Id>): (value: string) => Id | null {
  let index: Index<Id> | undefined;
  return (value: string): Id | null => {
    if (typeof value !== "string") return null;
    index ??= buildIndex(vocabulary);
    const key = foldText(value);
    if (key === "") return null;
    const bare = foldText(withoutParentheses(value));
    for (const candidate of [key, bare, ...singularOrPlural(bare)]) {
      const id = index.exact.get(candidate);
      if (id) return id;
    }
    return longestContained(bare || key, index.contained);
  };
}
