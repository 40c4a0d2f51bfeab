/**
 * Finds the words of a prepared text (see `prepareText`) without a regular
 * expression per token: code units are classified once through a lazily filled
 * table, so scanning a corpus costs a few operations per character. A word is
 *   [\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C]*(?:['\-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C]*)*
 * and between words, anything but a space (punctuation, symbol, line break,
 * stray mark) separates clauses.
 */

/** Receives each word as a range of the prepared text; `clauseStart` when punctuation or a line break came before it. */
export type WordRangeVisitor = (start: number, end: number, clauseStart: boolean) => void;

import { HASH_PRIME, HASH_SEED, finishHash } from "./word-table.js";

const UNKNOWN = 0;
/** A letter or digit: starts and continues a word. */
const LETTER = 1;
/** A combining mark or zero-width non-joiner: continues a word. */
const MARK = 2;
/** Whitespace other than a line break: separates words, not clauses. */
const SPACE = 3;
/** Anything else, line breaks included: separates clauses. */
const OTHER = 4;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK_OR_ZWNJ = /^[\p{M}\u200C]$/u;
const SPACE_NOT_NEWLINE = /^[^\S\n\r]$/u;

// Class of each UTF-16 code unit outside the surrogate range, filled on first sight.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(character: string): number {
  if (LETTER_OR_DIGIT.test(character)) return LETTER;
  if (MARK_OR_ZWNJ.test(character)) return MARK;
  return SPACE_NOT_NEWLINE.test(character) ? SPACE : OTHER;
}

function bmpClass(code: number): number {
  let cls = bmpClasses[code];
  if (cls === UNKNOWN) {
    cls = classify(String.fromCharCode(code));
    bmpClasses[code] = cls;
  }
  return cls;
}

function astralClass(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Width in code units of the character at `at`: 2 for a surrogate pair. */
function widthAt(text: string, at: number): number {
  return isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
}

/** Class of the character at `at` (a lone surrogate is OTHER). */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdfff) return code < 0x80 ? asciiClass(code) : bmpClass(code);
  return widthAt(text, at) === 2 ? astralClass(text.codePointAt(at)!) : OTHER;
}

function asciiClass(code: number): number {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)) return LETTER;
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c ? SPACE : OTHER;
}

/**
 * Steps through the words of a prepared text: `next()` moves to the next word
 * and sets `start`, `end` and `clauseStart`. A loop over a cursor keeps its
 * state in locals, where a callback per word would not.
 */
export class WordCursor {
  start = 0;
  end = 0;
  /** `hashRange` of the word, computed on the way. */
  hash = 0;
  /** True when punctuation or a line break (or the start of the text) came before the word. */
  clauseStart = true;
  private text = "";
  private at = 0;
  private breakSeen = true;

  reset(prepared: string): void {
    this.text = prepared;
    this.at = 0;
    this.breakSeen = true;
  }

  next(): boolean {
    const { text } = this;
    const length = text.length;
    let at = this.at;
    let breakSeen = this.breakSeen;
    while (at < length) {
      const cls = classAt(text, at);
      if (cls === LETTER) {
        this.readWord(text, at);
        this.start = at;
        this.clauseStart = breakSeen;
        this.at = this.end;
        this.breakSeen = false;
        return true;
      }
      if (cls !== SPACE) breakSeen = true;
      at += widthAt(text, at);
    }
    this.at = at;
    return false;
  }

  /** Sets `end` and `hash` of the word starting at `start` (a letter or digit): hashing as it goes reads each character once. */
  private readWord(text: string, start: number): void {
    const length = text.length;
    let hash = HASH_SEED;
    let end = start;
    for (;;) {
      while (end < length) {
        const code = text.charCodeAt(end);
        let width = 1;
        let cls: number;
        if (code < 0x80) cls = asciiClass(code);
        else if (code < 0xd800 || code > 0xdfff) cls = bmpClass(code);
        else {
          width = widthAt(text, end);
          cls = width === 2 ? astralClass(text.codePointAt(end)!) : OTHER;
        }
        if (cls !== LETTER && cls !== MARK) break;
        hash = Math.imul(hash ^ code, HASH_PRIME);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(end + 1), HASH_PRIME);
        end += width;
      }
      const code = end + 1 < length ? text.charCodeAt(end) : 0;
      // An apostrophe or hyphen joins two runs only when a letter or digit follows it.
      if ((code === 0x27 || code === 0x2d) && classAt(text, end + 1) === LETTER) {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        end += 1;
        continue;
      }
      this.end = end;
      this.hash = finishHash(hash);
      return;
    }
  }
}

/** Calls `visit` with the range of every word of `prepared`, in order. */
export function scanWords(prepared: string, visit: WordRangeVisitor): void {
  const cursor = new WordCursor();
  cursor.reset(prepared);
  while (cursor.next()) visit(cursor.start, cursor.end, cursor.clauseStart);
}
