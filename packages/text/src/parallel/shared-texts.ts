/// <reference types="node" />
import type { TextDocument } from "../types.js";

/**
 * Documents for a worker, in shared memory: their texts and keywords encoded
 * once (UTF-8, natively) by the calling thread, decoded one document at a
 * time by the worker as it reads them. Cloning the strings instead would cost
 * the calling thread a pass over them before it starts reading, and the
 * worker another before it can start.
 */
export interface SharedTexts {
  /** The UTF-8 bytes of every string: per document its text, then its keywords. */
  bytes: Uint8Array;
  /** Per string, where its bytes start (one more at the end). */
  stringStart: Int32Array;
  /** Per document, its first string (one more at the end): its text, then its keywords. */
  documentString: Int32Array;
  /** Per document, its language as a position in `languages`, -1 for null. */
  language: Int32Array;
  languages: string[];
  /** Strings that UTF-8 cannot carry (lone surrogates), by string index. */
  unencoded: Record<number, string>;
}

type Document = Pick<TextDocument, "text" | "language" | "keywords">;

export function shareTexts(docs: readonly Document[], indices: ArrayLike<number>): SharedTexts {
  const strings: string[] = [];
  const documentString = shared(Int32Array, indices.length + 1);
  const language = shared(Int32Array, indices.length);
  const languages: string[] = [];
  for (let i = 0; i < indices.length; i++) {
    const doc = docs[indices[i]];
    documentString[i] = strings.length;
    strings.push(doc.text, ...(doc.keywords ?? []));
    language[i] = doc.language === null ? -1 : positionOf(languages, doc.language);
  }
  documentString[indices.length] = strings.length;
  const stringStart = shared(Int32Array, strings.length + 1);
  const unencoded: Record<number, string> = {};
  for (let s = 0; s < strings.length; s++) {
    if (!isWellFormed(strings[s])) unencoded[s] = strings[s];
    stringStart[s + 1] = stringStart[s] + (s in unencoded ? 0 : Buffer.byteLength(strings[s], "utf8"));
  }
  const bytes = shared(Uint8Array, stringStart[strings.length]);
  const encoder = new TextEncoder();
  for (let s = 0; s < strings.length; s++) if (!(s in unencoded)) encoder.encodeInto(strings[s], bytes.subarray(stringStart[s], stringStart[s + 1]));
  return { bytes, stringStart, documentString, language, languages, unencoded };
}

/** The i-th shared document. */
export function sharedDocument(texts: SharedTexts, i: number): Document {
  const first = texts.documentString[i];
  const last = texts.documentString[i + 1];
  const keywords: string[] = [];
  for (let s = first + 1; s < last; s++) keywords.push(stringAt(texts, s));
  const language = texts.language[i];
  return { text: stringAt(texts, first), language: language < 0 ? null : texts.languages[language], keywords };
}

function stringAt(texts: SharedTexts, s: number): string {
  const raw = texts.unencoded[s];
  if (raw !== undefined) return raw;
  const { bytes, stringStart } = texts;
  return Buffer.from(bytes.buffer, bytes.byteOffset + stringStart[s], stringStart[s + 1] - stringStart[s]).toString("utf8");
}

function positionOf(languages: string[], language: string): number {
  let position = languages.indexOf(language);
  if (position < 0) position = languages.push(language) - 1;
  return position;
}

/** Whether UTF-8 carries the string as it is: no lone surrogate. */
function isWellFormed(text: string): boolean {
  const check = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return check !== undefined ? check.call(text) : !LONE_SURROGATE.test(text);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function shared<T extends Int32Array | Uint8Array>(Type: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T {
  return new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));
}
