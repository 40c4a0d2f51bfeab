import type { CorpusScanner } from "./corpus-scanner.js";
import type { CorpusVocabulary } from "./corpus-vocabulary.js";
import { DisplayForms } from "./display-forms.js";
import { Float32List, Int32List } from "./growable.js";
import type { CsrMatrix } from "./topk.js";
import { BOOSTED, PHRASE_HYPHEN } from "./sequence.js";
import { sublinearTf } from "./weighting.js";

export interface WeightedRows {
  /** A row per document: kept term ids ascending, L2-normalised TF-IDF weights. */
  matrix: CsrMatrix;
  /** Boosted term counts, aligned with matrix.index. */
  counts: Float32Array;
  /** Written forms of the kept phrases (a form packs two surface ids and the hyphen). */
  phraseForms: DisplayForms;
}

/**
 * Second pass over the scanned corpus: counts the kept terms of each document
 * (a keyword's terms `keywordBoost` times) and turns the counts into a TF-IDF
 * row, sublinear tf x idf, L2-normalised. Written forms are counted here for
 * the kept phrases only.
 */
export function weightedRows(scanner: CorpusScanner, vocabulary: CorpusVocabulary, idf: Float64Array, keywordBoost: number): WeightedRows {
  const termCount = vocabulary.keys.length;
  const { termOfWord, phrases } = vocabulary;
  const sequence = scanner.sequence.array;
  const documentStart = scanner.documentStart.array;
  const itemWord = scanner.itemWord.array;
  const itemSurface = scanner.itemSurface.array;
  const surfaceCount = scanner.surfaces.length;
  const phraseForms = new DisplayForms(termCount);

  const counts = new Float64Array(termCount);
  let touched = new Int32Array(1024);
  const start = new Uint32Array(scanner.documents + 1);
  const index = new Int32List(1 << 16);
  const weights = new Float32List(1 << 16);
  const storedCounts = new Float32List(1 << 16);
  let raw = new Float64Array(1024);

  for (let doc = 0; doc < scanner.documents; doc++) {
    let touchedCount = 0;
    let amount = 1;
    let previousWord = -1;
    let previousItem = -1;
    const end = documentStart[doc + 1];
    // An entry counts a word and at most one phrase.
    if (touched.length < 2 * (end - documentStart[doc])) {
      touched = new Int32Array(2 * (end - documentStart[doc]));
      raw = new Float64Array(touched.length);
    }
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
      if (term >= 0) {
        if (counts[term] === 0) touched[touchedCount++] = term;
        counts[term] += amount;
      }
      if (link !== 0) {
        const phrase = phrases!.nextTerm(previousWord);
        if (phrase >= 0) {
          if (counts[phrase] === 0) touched[touchedCount++] = phrase;
          counts[phrase] += amount;
          phraseForms.add(phrase, (itemSurface[previousItem] * surfaceCount + itemSurface[item]) * 2 + (link === PHRASE_HYPHEN ? 1 : 0));
        }
      }
      previousWord = word;
      previousItem = item;
    }

    const terms = touched.subarray(0, touchedCount).sort();
    let squares = 0;
    for (let i = 0; i < touchedCount; i++) {
      const weight = sublinearTf(counts[terms[i]]) * idf[terms[i]];
      raw[i] = weight;
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares);
    for (let i = 0; i < touchedCount; i++) {
      index.push(terms[i]);
      weights.push(raw[i] / norm);
      storedCounts.push(counts[terms[i]]);
      counts[terms[i]] = 0;
    }
    start[doc + 1] = index.length;
  }
  return {
    matrix: { start, index: new Uint32Array(index.toArray().buffer), value: weights.toArray() },
    counts: storedCounts.toArray(),
    phraseForms,
  };
}
