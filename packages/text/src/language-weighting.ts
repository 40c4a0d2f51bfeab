import { allocateColumns, columnCounts, fillColumns, type Columns, type Postings } from "./postings.js";
import { shareable } from "./shareable.js";
import type { CsrMatrix } from "./topk.js";
import type { TermCounts } from "./weighted-rows.js";
import { smoothIdf, sublinearTf } from "./weighting.js";

/**
 * Inverse document frequencies for a corpus of several languages, and the rows
 * weighted with them.
 *
 * A plain idf counts documents: in a call where most proposals are in English,
 * the everyday words of the Spanish ones ("trabajo", "personas") are in few
 * documents overall, so they weigh as much as a rare theme and link Spanish
 * proposals because they are Spanish, not because they share a theme. Here each
 * document counts N / N(L) times, N(L) being the documents of its language L: a
 * word found in 60% of the Spanish proposals gets the idf a word found in 60% of
 * all proposals gets, as "skills" does in English. In a corpus of one language
 * nothing changes (the caller skips this).
 *
 * `rows.value` is written with the L2-normalised sublinear-tf x idf of
 * `counts`; the result holds the idf, the postings (the columns of the rows,
 * with the same weights) and each term's largest weight. The steps run by
 * ranges of rows or of terms (on several threads in `buildIndexParallel`).
 */
export function weighByLanguage(rows: CsrMatrix, counts: TermCounts, termCount: number, documentLanguages: ArrayLike<number>): Postings & { idf: Float64Array } {
  const documents = rows.start.length - 1;
  const { columns, fills } = allocateColumns([columnCounts(rows, termCount, 0, documents)], counts);
  fillColumns(rows, counts, 0, documents, columns, fills[0]);
  const weighed = weightArrays(documents, columns);
  languageIdf(columns, documentWeights(documentLanguages), 0, termCount, weighed.idf);
  weighRows(rows, counts, weighed.idf, 0, documents, weighed.norm);
  weighColumns(columns, weighed, 0, termCount);
  return { postings: { start: columns.start, index: columns.index, value: weighed.value }, maxWeight: weighed.maxWeight, idf: weighed.idf };
}

/** What weighing writes, in shared memory where possible: per term its idf, value and largest weight, per document its norm. */
export interface LanguageWeights {
  idf: Float64Array;
  norm: Float64Array;
  /** Per postings entry. */
  value: Float32Array;
  maxWeight: Float32Array;
}

export function weightArrays(documents: number, columns: Columns<TermCounts>): LanguageWeights {
  const terms = columns.start.length - 1;
  return {
    idf: shareable(Float64Array, terms),
    norm: shareable(Float64Array, documents),
    value: shareable(Float32Array, columns.index.length),
    maxWeight: shareable(Float32Array, terms),
  };
}

/** How many times each document counts: N / N(L), L its language. */
export function documentWeights(documentLanguages: ArrayLike<number>): Float64Array {
  const documents = documentLanguages.length;
  const perLanguage = new Map<number, number>();
  for (let doc = 0; doc < documents; doc++) perLanguage.set(documentLanguages[doc], (perLanguage.get(documentLanguages[doc]) ?? 0) + 1);
  const weightOf = new Float64Array(documents);
  for (let doc = 0; doc < documents; doc++) weightOf[doc] = documents / (perLanguage.get(documentLanguages[doc]) as number);
  return weightOf;
}

/**
 * The idf of terms from .. to - 1. A term's column lists its documents in
 * order: its documents' weights add up in the order a pass over the rows
 * would add them, to the same sum.
 */
export function languageIdf(columns: Columns<TermCounts>, weightOf: Float64Array, from: number, to: number, idf: Float64Array): void {
  const { start, index } = columns;
  const documents = weightOf.length;
  for (let term = from; term < to; term++) {
    let frequency = 0;
    for (let at = start[term]; at < start[term + 1]; at++) frequency += weightOf[index[at]];
    // A frequency can exceed N by rounding only; smoothIdf stays >= 1 for df <= N.
    idf[term] = smoothIdf(documents, Math.min(documents, frequency));
  }
}

/** Writes the weights of rows from .. to - 1 (`rows.value`) and their norms. */
export function weighRows(rows: CsrMatrix, counts: TermCounts, idf: Float64Array, from: number, to: number, norm: Float64Array): void {
  const { start, index, value } = rows;
  const tf = tfOfCounts(counts);
  let raw = new Float64Array(1024);
  for (let doc = from; doc < to; doc++) {
    const first = start[doc];
    const end = start[doc + 1];
    if (raw.length < end - first) raw = new Float64Array(2 * (end - first));
    let squares = 0;
    for (let p = first; p < end; p++) {
      const weight = (tf === null ? sublinearTf(counts[p]) : tf[counts[p]]) * idf[index[p]];
      raw[p - first] = weight;
      squares += weight * weight;
    }
    const rowNorm = Math.sqrt(squares);
    norm[doc] = rowNorm;
    for (let p = first; p < end; p++) value[p] = raw[p - first] / rowNorm;
  }
}

/** Writes the weights of the postings of terms from .. to - 1, computed as the rows' are, and each one's largest. */
export function weighColumns(columns: Columns<TermCounts>, weights: LanguageWeights, from: number, to: number): void {
  const { start, index, values: counts } = columns;
  const { idf, norm, value, maxWeight } = weights;
  const tf = tfOfCounts(counts);
  for (let term = from; term < to; term++) {
    let max = 0;
    const termIdf = idf[term];
    for (let at = start[term]; at < start[term + 1]; at++) {
      const count = counts[at];
      const weight = Math.fround(((tf === null ? sublinearTf(count) : tf[count]) * termIdf) / norm[index[at]]);
      value[at] = weight;
      max = Math.max(max, weight);
    }
    maxWeight[term] = max;
  }
}

/** sublinearTf of every whole count the array can hold (null for float counts). */
function tfOfCounts(counts: TermCounts): Float64Array | null {
  if (counts instanceof Float32Array) return null;
  const tf = new Float64Array(counts instanceof Uint8Array ? 0x100 : 0x10000);
  for (let count = 0; count < tf.length; count++) tf[count] = sublinearTf(count);
  return tf;
}
