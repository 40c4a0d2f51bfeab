import type { CorpusScanner } from "./corpus-scanner.js";
import type { CorpusVocabulary } from "./corpus-vocabulary.js";
import { DocumentCounts } from "./document-counts.js";
import { ChunkedList, chunkLengthFor } from "./growable.js";
import { BOOSTED } from "./sequence.js";
import { shareable } from "./shareable.js";
import type { CsrMatrix } from "./topk.js";
import { smoothIdf, sublinearTf } from "./weighting.js";

/**
 * Term counts in the smallest array that holds them exactly: whole counts
 * (any whole keywordBoost) up to 255 in bytes, up to 65535 in 16 bits, others
 * as float32. A corpus has tens of millions of them.
 */
export type TermCounts = Uint8Array | Uint16Array | Float32Array;

export interface WeightedRows {
  /** A row per document: kept term ids ascending, L2-normalised TF-IDF weights (zero when not weighed, see `RowSource`). */
  matrix: CsrMatrix;
  /** Boosted term counts, aligned with matrix.index (see `TermCounts`). */
  counts: TermCounts;
}

/**
 * What weighing rows reads of a scanned corpus, as plain arrays: a worker
 * thread can weigh a range of documents over the same (shared) arrays.
 */
export interface RowSource {
  documentStart: Int32Array;
  sequence: Int32Array;
  itemWord: Int32Array;
  /** Per word id: its term id, or -1 when dropped. */
  termOfWord: Int32Array;
  /** The phrase occurrences' term ids (-1: dropped), in the order of the sequence (see `PhraseOccurrences.terms`); empty without phrases. */
  phraseTerms: Int32Array;
  keywordBoost: number;
  /**
   * Per term id: its idf, to weigh the rows with; null leaves the weights out
   * (a corpus of several languages is weighed again anyway, from the counts:
   * see `weighByLanguage`).
   */
  idf: Float64Array | null;
}

type Values<T extends Uint16Array | Uint32Array | Float32Array> = ChunkedList<T> | T;

/** The rows of a range of documents, to join with the other ranges' (`joinRows`). */
export interface RowRange {
  /** Per document of the range, where its row ends, counted from the range's first entry. */
  ends: Uint32Array;
  index: Values<Uint32Array>;
  /** L2-normalised weights; empty when the source has no idf. */
  weights: Values<Float32Array>;
  /** In 16 bits when every count of the range is whole and fits (see `countChunks`). */
  counts: Values<Uint16Array | Float32Array>;
  /** The largest count, or Infinity when a count is not whole (see `TermCounts`). */
  largestCount: number;
}

/** What weighing the rows of the scanned corpus reads, with the vocabulary it keeps. */
export function rowSource(scanner: CorpusScanner, vocabulary: CorpusVocabulary, keywordBoost: number, idf: Float64Array | null): RowSource {
  return {
    documentStart: scanner.documentStart.array,
    sequence: scanner.sequence.array,
    itemWord: scanner.itemWord.array,
    termOfWord: vocabulary.termOfWord,
    phraseTerms: vocabulary.phrases?.terms ?? new Int32Array(0),
    keywordBoost,
    idf,
  };
}

/**
 * Second pass over the scanned corpus, for documents from .. to - 1: counts
 * the kept terms of each document (a keyword's terms `keywordBoost` times)
 * and, given the terms' idf, turns the counts into a TF-IDF row, sublinear
 * tf x idf, L2-normalised. `firstPhrase`: the number of phrase occurrences in
 * the documents before (where the range starts in `source.phraseTerms`).
 * `joinRows` joins the ranges.
 */
export function weighRange(source: RowSource, from: number, to: number, firstPhrase: number): RowRange {
  const { documentStart, sequence, itemWord, termOfWord, phraseTerms, keywordBoost, idf } = source;
  const counts = new DocumentCounts();
  const ends = new Uint32Array(to - from);
  // A document has about as many distinct terms as entries (0.94 of them in a skills corpus).
  const expected = documentStart[to] - documentStart[from];
  const index = new ChunkedList(Uint32Array, chunkLengthFor(Uint32Array.BYTES_PER_ELEMENT, expected));
  const weights = new ChunkedList(Float32Array, idf === null ? 16 : chunkLengthFor(Float32Array.BYTES_PER_ELEMENT, expected));
  const storedCounts = countChunks(source, from, to, expected);
  let amounts = new Float64Array(1024);
  let raw = new Float64Array(1024);
  let largestCount = 0;
  let wholeCounts = true;
  let phraseAt = firstPhrase;

  for (let doc = from; doc < to; doc++) {
    const end = documentStart[doc + 1];
    // An entry counts a word and at most one phrase.
    counts.reset(2 * (end - documentStart[doc]));
    let amount = 1;
    for (let at = documentStart[doc]; at < end; at++) {
      const entry = sequence[at];
      if (entry === BOOSTED) {
        amount = keywordBoost;
        continue;
      }
      const term = termOfWord[itemWord[entry >> 2]];
      if (term >= 0) counts.add(term, amount);
      if ((entry & 3) !== 0) {
        const phrase = phraseTerms[phraseAt++];
        if (phrase >= 0) counts.add(phrase, amount);
      }
    }

    const terms = counts.sortedTerms();
    if (amounts.length < terms.length) {
      amounts = new Float64Array(2 * terms.length);
      raw = new Float64Array(2 * terms.length);
    }
    for (let i = 0; i < terms.length; i++) amounts[i] = counts.amount(terms[i]);
    if (idf !== null) {
      let squares = 0;
      for (let i = 0; i < terms.length; i++) {
        const weight = sublinearTf(amounts[i]) * idf[terms[i]];
        raw[i] = weight;
        squares += weight * weight;
      }
      const norm = Math.sqrt(squares);
      for (let i = 0; i < terms.length; i++) weights.push(raw[i] / norm);
    }
    for (let i = 0; i < terms.length; i++) {
      index.push(terms[i]);
      const count = Math.fround(amounts[i]);
      storedCounts.push(count);
      largestCount = Math.max(largestCount, count);
      wholeCounts &&= Number.isInteger(count);
    }
    ends[doc - from] = index.length;
  }
  return { ends, index, weights, counts: storedCounts, largestCount: wholeCounts ? largestCount : Infinity };
}

/** How large a range's rows are: what joining them needs before their values (see `placeRange`). */
export interface RowSizes {
  ends: Uint32Array;
  largestCount: number;
}

/**
 * Room for the rows of consecutive ranges of documents (the first from
 * document 0), in shared memory where possible, with their starts; and where
 * each range's values go.
 */
export function allocateRows(ranges: readonly RowSizes[]): { rows: WeightedRows; offsets: number[] } {
  const documents = ranges.reduce((sum, range) => sum + range.ends.length, 0);
  const start = shareable(Uint32Array, documents + 1);
  const offsets: number[] = [];
  let doc = 0;
  let entries = 0;
  for (const { ends } of ranges) {
    offsets.push(entries);
    for (let i = 0; i < ends.length; i++) start[++doc] = entries + ends[i];
    entries = start[doc];
  }
  const index = shareable(Uint32Array, entries);
  const value = shareable(Float32Array, entries);
  const counts = countArray(entries, Math.max(0, ...ranges.map((range) => range.largestCount)));
  return { rows: { matrix: { start, index, value }, counts }, offsets };
}

/** Moves a range's values into the rows, from `offset` on (see `allocateRows`); the range is emptied. */
export function placeRange(range: RowRange, rows: WeightedRows, offset: number): void {
  moveValues(range.index, rows.matrix.index, offset);
  if (range.weights.length > 0) moveValues(range.weights, rows.matrix.value, offset);
  moveValues(range.counts, rows.counts, offset);
}

/** The rows of consecutive ranges of documents (the first from document 0) as one matrix; the ranges are emptied. */
export function joinRows(ranges: readonly RowRange[]): WeightedRows {
  const { rows, offsets } = allocateRows(ranges);
  ranges.forEach((range, r) => placeRange(range, rows, offsets[r]));
  return rows;
}

/**
 * Where a range keeps its counts until they are placed: in 16 bits when they
 * are sure to be whole and to fit (a term counts at most once per entry of its
 * document, times the boost), as most corpora's are; in float32 otherwise.
 */
function countChunks({ documentStart, keywordBoost }: RowSource, from: number, to: number, expected: number): ChunkedList<Uint16Array | Float32Array> {
  let longest = 0;
  for (let doc = from; doc < to; doc++) longest = Math.max(longest, documentStart[doc + 1] - documentStart[doc]);
  const whole = Number.isInteger(keywordBoost) && longest * Math.max(1, keywordBoost) <= 0xffff;
  return whole
    ? new ChunkedList<Uint16Array | Float32Array>(Uint16Array, chunkLengthFor(Uint16Array.BYTES_PER_ELEMENT, expected))
    : new ChunkedList<Uint16Array | Float32Array>(Float32Array, chunkLengthFor(Float32Array.BYTES_PER_ELEMENT, expected));
}

function moveValues<U extends Uint8Array | Uint16Array | Uint32Array | Float32Array>(values: Values<Uint16Array | Uint32Array | Float32Array>, target: U, offset: number): void {
  if (values instanceof ChunkedList) values.moveTo(target, offset);
  else target.set(values, offset);
}

/** An array for `length` counts up to `largest` (Infinity: not all whole), in shared memory where possible (threads weigh them). */
function countArray(length: number, largest: number): TermCounts {
  if (largest <= 0xff) return shareable(Uint8Array, length);
  return largest <= 0xffff ? shareable(Uint16Array, length) : shareable(Float32Array, length);
}

/** smoothIdf of every document frequency a term can have. */
export function idfByFrequency(documents: number): Float64Array {
  const idf = new Float64Array(documents + 1);
  for (let df = 0; df <= documents; df++) idf[df] = smoothIdf(documents, df);
  return idf;
}
