import { describe, expect, it } from "vitest";
import { random } from "../test/random.js";
import { WordCursor, scanWords } from "./scan.js";
import { hashRange } from "./word-table.js";

// The definition the scanner implements, as regular expressions: a word, or a clause separator.
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C]*(?:['\-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C]*)*`;
const WORD_OR_SEPARATOR = new RegExp(String.raw`(${WORD})|[\n\r]|[^\s\p{L}\p{N}]`, "gu");

function byRegex(text: string): string[] {
  const found: string[] = [];
  let clauseStart = true;
  for (const match of text.matchAll(WORD_OR_SEPARATOR)) {
    if (match[1] === undefined) clauseStart = true;
    else {
      found.push(`${clauseStart ? "|" : ""}${match[1]}`);
      clauseStart = false;
    }
  }
  return found;
}

function byScanner(text: string): string[] {
  const found: string[] = [];
  scanWords(text, (start, end, clauseStart) => found.push(`${clauseStart ? "|" : ""}${text.slice(start, end)}`));
  // The cursor hashes each word as it reads it, as hashRange does.
  const cursor = new WordCursor();
  cursor.reset(text);
  while (cursor.next()) expect(cursor.hash).toBe(hashRange(text, cursor.start, cursor.end));
  return found;
}


// Letters, digits, marks, joiners, spaces of several kinds, line breaks, punctuation, emoji,
// an astral letter (𝐀), Han and Arabic letters, a zero-width non-joiner.
const PIECES = ["a", "z", "é", "ß", "7", "٣", "\u0301", "'", "-", " ", "\u00a0", "\t", "\n", "\r", ",", ".", "(", "€", "😀", "𝐀", "职", "ب", "\u200c", "_", "’"];

describe("scanWords", () => {
  it("finds the words and clause starts the word pattern defines", () => {
    expect(byScanner("digital skills, youth (rural)\nwomen - men")).toEqual(["|digital", "skills", "|youth", "|rural", "|women", "|men"]);
    expect(byScanner("work-based e-learning aujourd'hui l'école 'quoted' x-")).toEqual(["|work-based", "e-learning", "aujourd'hui", "l'école", "|quoted", "|x"]);
  });

  it("agrees with the regular expressions on random text of every kind of character", () => {
    const next = random(5);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
      expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
