import type { CorpusScanner } from "./corpus-scanner.js";
import type { CorpusVocabulary } from "./corpus-vocabulary.js";
import { DocumentCounts } from "./document-counts.js";
import { ChunkedList } from "./growable.js";
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
  /** A row per document: kept term ids ascending, L2-normalised TF-IDF weights. */
  matrix: CsrMatrix;
  /** Boosted term counts, aligned with matrix.index (see `TermCounts`). */
  counts: TermCounts;
}

/**
 * Second pass over the scanned corpus: counts the kept terms of each document
 * (a keyword's terms `keywordBoost` times) and turns the counts into a TF-IDF
 * row, sublinear tf x idf, L2-normalised.
 */
export function weightedRows(scanner: CorpusScanner, vocabulary: CorpusVocabulary, keywordBoost: number): WeightedRows {
  const { termOfWord, phrases, documentFrequency } = vocabulary;
  const documents = scanner.documents;
  const sequence = scanner.sequence.array;
  const documentStart = scanner.documentStart.array;
  const itemWord = scanner.itemWord.array;
  const wordFrequency = scanner.wordFrequency.array;
  const idfOf = idfByFrequency(documents);

  const counts = new DocumentCounts();
  const start = shareable(Uint32Array, documents + 1);
  const index = new ChunkedList(Uint32Array);
  const weights = new ChunkedList(Float32Array);
  const storedCounts = new ChunkedList(Float32Array);
  let raw = new Float64Array(1024);
  let largestCount = 0;
  let wholeCounts = true;

  for (let doc = 0; doc < documents; doc++) {
    const end = documentStart[doc + 1];
    // An entry counts a word and at most one phrase.
    counts.reset(2 * (end - documentStart[doc]));
    let amount = 1;
    let previousWord = -1;
    for (let at = documentStart[doc]; at < end; at++) {
      const entry = sequence[at];
      if (entry === BOOSTED) {
        amount = keywordBoost;
        continue;
      }
      const item = entry >> 2;
      const link = entry & 3;
      const word = itemWord[item];
      const term = termOfWord[word];
      if (term >= 0) counts.add(term, amount, idfOf[wordFrequency[word]]);
      if (link !== 0) {
        const phrase = phrases!.nextTerm(previousWord);
        if (phrase >= 0) counts.add(phrase, amount, idfOf[documentFrequency[phrase]]);
      }
      previousWord = word;
    }

    const terms = counts.sortedTerms();
    if (raw.length < terms.length) raw = new Float64Array(2 * terms.length);
    let squares = 0;
    for (let i = 0; i < terms.length; i++) {
      const weight = sublinearTf(counts.amount(terms[i])) * counts.idf(terms[i]);
      raw[i] = weight;
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares);
    for (let i = 0; i < terms.length; i++) {
      index.push(terms[i]);
      weights.push(raw[i] / norm);
      const count = Math.fround(counts.amount(terms[i]));
      storedCounts.push(count);
      largestCount = Math.max(largestCount, count);
      wholeCounts &&= Number.isInteger(count);
    }
    start[doc + 1] = index.length;
  }
  // The sequence and the phrase occurrences have been read for the last time: free them first.
  scanner.sequence.release();
  phrases?.release();
  return {
    matrix: { start, index: index.moveTo(shareable(Uint32Array, index.length)), value: weights.moveTo(shareable(Float32Array, weights.length)) },
    counts: storedCounts.moveTo(countArray(storedCounts.length, wholeCounts ? largestCount : Infinity)),
  };
}

/** An array for `length` counts up to `largest` (Infinity: not all whole). */
function countArray(length: number, largest: number): TermCounts {
  if (largest <= 0xff) return new Uint8Array(length);
  return largest <= 0xffff ? new Uint16Array(length) : new Float32Array(length);
}

/** smoothIdf of every document frequency a term can have. */
export function idfByFrequency(documents: number): Float64Array {
  const idf = new Float64Array(documents + 1);
  for (let df = 0; df <= documents; df++) idf[df] = smoothIdf(documents, df);
  return idf;
}
