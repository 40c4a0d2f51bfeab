import { textError } from "./errors.js";
import type { IndexOptions, NeighbourOptions, SearchOptions } from "./types.js";

/**
 * Default options of `buildIndex`.
 * - phrases: two-word phrases ("digital skills", "formation professionnelle") make
 *   links more specific than their words alone and read better in explanations.
 * - keywordBoost 2: an author's keyword says what the proposal is about, more than
 *   one passing mention, without drowning a long text.
 * - maxDocumentFrequency 0.5: in a call about skills, words like "skills",
 *   "training" or "project" are in most proposals and would link everything.
 * - minDocumentFrequency 2: a term in one document links nothing; it only dilutes
 *   the weights of the shared terms (most phrases are such terms).
 * - explainTerms 5: enough to say why two proposals are close, short enough to read.
 */
export const defaults: IndexOptions = {
  phrases: true,
  keywordBoost: 2,
  maxDocumentFrequency: 0.5,
  minDocumentFrequency: 2,
  explainTerms: 5,
};

/**
 * `minDocumentFrequency` applies from this many documents on: in a smaller corpus
 * each document is a large share of the whole, a term of one document is as
 * telling as any, and `query` should still find it.
 */
export const MIN_DOCUMENT_FREQUENCY_FROM = 20;

export function resolveIndexOptions(options: Partial<IndexOptions>): IndexOptions {
  const resolved: IndexOptions = { ...defaults, ...withoutUndefined(options) };
  requireNumber("keywordBoost", resolved.keywordBoost, (value) => value >= 0, ">= 0");
  requireNumber("maxDocumentFrequency", resolved.maxDocumentFrequency, (value) => value > 0, "> 0 (a share of documents, 1 keeps all)");
  requireNumber("minDocumentFrequency", resolved.minDocumentFrequency, (value) => value >= 0, ">= 0");
  requireCount("explainTerms", resolved.explainTerms);
  return resolved;
}

export function checkSearchOptions(options: SearchOptions | NeighbourOptions): void {
  requireCount("k", options.k);
  if (typeof options.minScore !== "number" || Number.isNaN(options.minScore)) {
    throw textError(`option minScore must be a number, got ${String(options.minScore)}.`);
  }
}

/** A non-negative integer such as k or n. */
export function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw textError(`option ${name} must be a whole number >= 0, got ${String(value)}.`);
  }
}

function requireNumber(name: string, value: number, valid: (value: number) => boolean, expected: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || !valid(value)) {
    throw textError(`option ${name} must be a number ${expected}, got ${String(value)}.`);
  }
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
