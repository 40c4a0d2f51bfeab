import { scanWords } from "./scan.js";

/**
 * Unicode-aware tokeniser. Words are runs of letters, marks and digits, kept
 * whole across intra-word apostrophes and hyphens; any other punctuation or a
 * line break separates clauses, so that two-word phrases never span them.
 */

/** How a token is joined to the one before it. */
export type TokenJoin = "break" | "space" | "hyphen";

export interface Token {
  /** Lower-case word to analyse ("elearning", "apprentissage"). */
  word: string;
  /** Lower-case form to show a person ("e-learning"). */
  surface: string;
  join: TokenJoin;
}

export type TokenVisitor = (word: string, surface: string, join: TokenJoin) => void;

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const HYPHENS = /[\u2010\u2011]/g;
// Scripts written without spaces between words: indexed as overlapping character bigrams.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
const UNSPACED_RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)|([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)/gu;

/** Elided words longer than two letters ("qu'", "jusqu'", Italian "dell'", "nell'", ...). */
const ELIDED_PREFIXES = new Set([
  "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
  "all", "dall", "dell", "nell", "sull", "coll", "quell", "quest", "tutt", "un",
]);

// Composing, and the apostrophes and hyphens to make plain, concern other characters only.
const NOT_PLAIN_ASCII = /[^\u0000-\u005f\u0061-\u007f]/;

/** Lower case, composed, with typographic apostrophes and hyphens made plain. */
export function prepareText(text: string): string {
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFC").toLowerCase().replace(APOSTROPHES, "'").replace(HYPHENS, "-");
}

/**
 * Removes elisions: "l'apprentissage" -> "apprentissage", "dell'agricoltura" ->
 * "agricoltura", "youth's" -> "youth". Other apostrophes stay ("aujourd'hui").
 */
export function stripElisions(word: string): string {
  if (!word.includes("'")) return word;
  const parts = word.split("'");
  let first = 0;
  let last = parts.length - 1;
  while (first < last && (parts[first].length <= 2 || ELIDED_PREFIXES.has(parts[first]))) first++;
  // English clitics: 's, 't, 're, 've, 'll, 'd, 'm.
  while (last > first && parts[last].length <= 2) last--;
  return parts.slice(first, last + 1).join("'");
}

/** Calls `visit` for every token of `text`, in order. */
export function forEachToken(text: string, visit: TokenVisitor): void {
  const prepared = prepareText(text);
  scanWords(prepared, (start, end, clauseStart) => forEachWordPart(prepared.slice(start, end), clauseStart ? "break" : "space", visit));
}

/** The tokens of `text` as an array (handy in tests and for display). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (word, surface, join) => tokens.push({ word, surface, join }));
  return tokens;
}

/**
 * The tokens of one written word (as scanned, lower case): elisions removed,
 * hyphenated parts apart, unspaced scripts in bigrams. The first token gets
 * `join` and the next ones "hyphen"; bigrams of unspaced scripts all "break".
 */
export function forEachWordPart(written: string, join: TokenJoin, visit: TokenVisitor): void {
  const word = stripElisions(written);
  if (UNSPACED_SCRIPT.test(word)) {
    emitUnspaced(word, visit);
    return;
  }
  if (!word.includes("-")) {
    visit(word, word, join);
    return;
  }
  const parts = word.split("-");
  // "e-learning", "x-ray": a one-letter part is a prefix, not a word of its own.
  if (parts.some((part) => part.length === 1)) {
    visit(parts.join(""), word, join);
    return;
  }
  parts.forEach((part, i) => visit(part, part, i === 0 ? join : "hyphen"));
}

/** Overlapping bigrams of Han/Kana runs; they never form phrases, so each starts a clause. */
function emitUnspaced(word: string, visit: TokenVisitor): void {
  for (const run of word.matchAll(UNSPACED_RUNS)) {
    const text = run[0];
    if (run[1] === undefined) {
      for (const part of text.split(/['\-]/)) if (part.length > 0) visit(part, part, "break");
      continue;
    }
    const chars = Array.from(text);
    if (chars.length === 1) visit(text, text, "break");
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i] + chars[i + 1];
      visit(bigram, bigram, "break");
    }
  }
}
