import { forEachTerm } from "./analyze.js";
import { DisplayForms } from "./display-forms.js";
import { textError } from "./errors.js";
import { compareStrings } from "./fold.js";
import { MIN_DOCUMENT_FREQUENCY_FROM, resolveIndexOptions } from "./options.js";
import { TfIdfIndex } from "./similarity-index.js";
import type { CsrMatrix } from "./topk.js";
import type { IndexOptions, SimilarityIndex, TextDocument } from "./types.js";
import { Vocabulary } from "./vocabulary.js";
import { smoothIdf, tfIdfVector, type CountedVector } from "./weighting.js";

/** Term counts of one document, by provisional term id. */
interface CountedDocument {
  termIds: number[];
  counts: number[];
}

/**
 * Analyses the documents and builds their TF-IDF vectors and inverted index.
 * Documents keep their order; term ids follow the alphabetical order of the
 * term keys, so the same documents always give the same index.
 */
export function buildIndex(docs: readonly TextDocument[], options: Partial<IndexOptions> = {}): SimilarityIndex {
  return buildTfIdfIndex(docs, options);
}

/** `buildIndex` with the concrete class, which also exposes the typed arrays. */
export function buildTfIdfIndex(docs: readonly TextDocument[], options: Partial<IndexOptions> = {}): TfIdfIndex {
  const resolved = resolveIndexOptions(options);
  const ids = checkIds(docs);
  const vocabulary = new Vocabulary();
  const forms = new DisplayForms();
  const counted = docs.map((doc) => countTerms(doc, resolved, vocabulary, forms));

  const documentFrequency = new Uint32Array(vocabulary.size);
  for (const doc of counted) for (const termId of doc.termIds) documentFrequency[termId]++;
  const kept = keptTerms(vocabulary, documentFrequency, docs.length, resolved);

  // Final ids: kept terms in alphabetical order of their keys.
  const finalId = new Int32Array(vocabulary.size).fill(-1);
  kept.forEach((termId, id) => (finalId[termId] = id));
  const idf = Float64Array.from(kept, (termId) => smoothIdf(docs.length, documentFrequency[termId]));

  const vectors = counted.map((doc) => {
    const termIds: number[] = [];
    const counts: number[] = [];
    doc.termIds.forEach((termId, i) => {
      if (finalId[termId] < 0) return;
      termIds.push(finalId[termId]);
      counts.push(doc.counts[i]);
    });
    return tfIdfVector(termIds, counts, idf);
  });
  const { matrix: docMatrix, counts } = rowsOf(vectors);
  const postings = transpose(docMatrix, kept.length);

  return new TfIdfIndex({
    ids,
    options: resolved,
    termKeys: kept.map((termId) => vocabulary.term(termId)),
    labels: kept.map((termId) => forms.label(termId)),
    idf,
    counts,
    arrays: { docs: docMatrix, postings, maxWeight: maxPerRow(postings), rank: ranks(ids) },
  });
}

function checkIds(docs: readonly TextDocument[]): string[] {
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw textError(`duplicate document id "${doc.id}". Give every document its own id.`);
    seen.add(doc.id);
  }
  return docs.map((doc) => doc.id);
}

/** Term counts of a document's text and keywords (a keyword term counts `keywordBoost` times). */
function countTerms(doc: TextDocument, options: IndexOptions, vocabulary: Vocabulary, forms: DisplayForms): CountedDocument {
  const counts = new Map<number, number>();
  const add = (amount: number) => (term: string, display: string) => {
    const termId = vocabulary.add(term);
    counts.set(termId, (counts.get(termId) ?? 0) + amount);
    forms.add(termId, display);
  };
  forEachTerm(doc.text, doc.language, options.phrases, add(1));
  if (options.keywordBoost > 0) {
    // Each keyword is its own clause: no phrase joins two keywords.
    for (const keyword of doc.keywords ?? []) forEachTerm(keyword, doc.language, options.phrases, add(options.keywordBoost));
  }
  return { termIds: [...counts.keys()], counts: [...counts.values()] };
}

/**
 * Provisional ids of the terms to keep, sorted by key. A term is too common when
 * in more than maxDocumentFrequency x N documents, unless it is in only two (so
 * tiny corpora keep their links); too rare when in fewer than
 * minDocumentFrequency documents, from MIN_DOCUMENT_FREQUENCY_FROM documents on.
 */
function keptTerms(vocabulary: Vocabulary, documentFrequency: Uint32Array, documentCount: number, options: IndexOptions): number[] {
  const maxDf = Math.max(2, options.maxDocumentFrequency * documentCount);
  const minDf = documentCount >= MIN_DOCUMENT_FREQUENCY_FROM ? options.minDocumentFrequency : 1;
  const kept: number[] = [];
  documentFrequency.forEach((df, termId) => {
    if (df >= minDf && df <= maxDf) kept.push(termId);
  });
  return kept.sort((a, b) => compareStrings(vocabulary.term(a), vocabulary.term(b)));
}

function rowsOf(vectors: readonly CountedVector[]): { matrix: CsrMatrix; counts: Float32Array } {
  const start = new Uint32Array(vectors.length + 1);
  vectors.forEach((vector, row) => (start[row + 1] = start[row] + vector.terms.length));
  const total = start[vectors.length];
  const index = new Uint32Array(total);
  const value = new Float32Array(total);
  const counts = new Float32Array(total);
  vectors.forEach((vector, row) => {
    index.set(vector.terms, start[row]);
    value.set(vector.weights, start[row]);
    counts.set(vector.counts, start[row]);
  });
  return { matrix: { start, index, value }, counts };
}

/** Postings: the columns of the document matrix as rows, documents ascending. */
function transpose(matrix: CsrMatrix, columnCount: number): CsrMatrix {
  const rowCount = matrix.start.length - 1;
  const start = new Uint32Array(columnCount + 1);
  for (let p = 0; p < matrix.index.length; p++) start[matrix.index[p] + 1]++;
  for (let c = 0; c < columnCount; c++) start[c + 1] += start[c];
  const fill = start.slice(0, columnCount);
  const index = new Uint32Array(matrix.index.length);
  const value = new Float32Array(matrix.index.length);
  for (let row = 0; row < rowCount; row++) {
    for (let p = matrix.start[row]; p < matrix.start[row + 1]; p++) {
      const at = fill[matrix.index[p]]++;
      index[at] = row;
      value[at] = matrix.value[p];
    }
  }
  return { start, index, value };
}

function maxPerRow(matrix: CsrMatrix): Float32Array {
  const max = new Float32Array(matrix.start.length - 1);
  for (let row = 0; row < max.length; row++) {
    for (let p = matrix.start[row]; p < matrix.start[row + 1]; p++) max[row] = Math.max(max[row], matrix.value[p]);
  }
  return max;
}

/** Position of each document in id order. */
function ranks(ids: readonly string[]): Uint32Array {
  const order = ids.map((_, i) => i).sort((a, b) => compareStrings(ids[a], ids[b]));
  const rank = new Uint32Array(ids.length);
  order.forEach((doc, position) => (rank[doc] = position));
  return rank;
}
