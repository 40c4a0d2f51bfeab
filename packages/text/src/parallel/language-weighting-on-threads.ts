import { documentWeights, weightArrays } from "../language-weighting.js";
import { wordRangeStarts } from "../phrase-groups.js";
import { allocateColumns, type Postings } from "../postings.js";
import type { WeightedRows } from "../weighted-rows.js";
import { byRange, rangeEnds, type JobRunner } from "./by-range.js";

/**
 * `weighByLanguage` on this thread and the runners: its steps by ranges of
 * rows (`starts`) or of terms (of about as many postings).
 */
export async function weighByLanguageOnThreads(
  { matrix: rows, counts }: WeightedRows,
  termCount: number,
  documentLanguages: Uint8Array,
  runners: readonly JobRunner[],
  starts: readonly number[],
): Promise<Postings & { idf: Float64Array }> {
  const ends = rangeEnds(starts, rows.start.length - 1);
  const perRange = await byRange(runners, (r) => ({ kind: "column-counts", rows, columnCount: termCount, from: starts[r], to: ends[r] }));
  const { columns, fills } = allocateColumns(perRange, counts);
  await byRange(runners, (r) => ({ kind: "fill-columns", rows, values: counts, from: starts[r], to: ends[r], columns, fill: fills[r] }));

  const weights = weightArrays(rows.start.length - 1, columns);
  const terms = wordRangeStarts(columns.start, runners.length + 1);
  const termEnds = rangeEnds(terms, termCount);
  const weightOf = documentWeights(documentLanguages);
  await byRange(runners, (r) => ({ kind: "language-idf", columns, weightOf, from: terms[r], to: termEnds[r], idf: weights.idf }));
  await byRange(runners, (r) => ({ kind: "language-rows", rows, counts, idf: weights.idf, from: starts[r], to: ends[r], norm: weights.norm }));
  await byRange(runners, (r) => ({ kind: "language-columns", columns, weights, from: terms[r], to: termEnds[r] }));
  return { postings: { start: columns.start, index: columns.index, value: weights.value }, maxWeight: weights.maxWeight, idf: weights.idf };
}
