import { CorpusCounter, type LateCount, type TermCounts } from "./corpus-counter.js";
import { textError } from "./errors.js";
import { compareStrings } from "./fold.js";
import { normalizeLanguage } from "./languages.js";
import { MIN_DOCUMENT_FREQUENCY_FROM, resolveIndexOptions } from "./options.js";
import { TfIdfIndex } from "./similarity-index.js";
import type { CsrMatrix } from "./topk.js";
import type { IndexOptions, SimilarityIndex, TextDocument } from "./types.js";
import type { Vocabulary } from "./vocabulary.js";
import { smoothIdf, tfIdfVector, type CountedVector } from "./weighting.js";

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
  // A phrase of a single document can only be kept when minDocumentFrequency does not apply.
  const singleDocumentPhrasesKept = docs.length < MIN_DOCUMENT_FREQUENCY_FROM || resolved.minDocumentFrequency < 2;
  const counter = new CorpusCounter(resolved.phrases, singleDocumentPhrasesKept ? 1 : 2);
  const counted = docs.map((doc) => countTerms(doc, resolved, counter));
  addLateCounts(counted, counter.takeLateCounts());
  const { vocabulary } = counter;

  const documentFrequency = new Uint32Array(vocabulary.size);
  for (const doc of counted) for (let i = 0; i < doc.termIds.length; i++) documentFrequency[doc.termIds[i]]++;
  const kept = keptTerms(vocabulary, documentFrequency, docs.length, resolved);

  // Final ids: kept terms in alphabetical order of their keys.
  const finalId = new Int32Array(vocabulary.size).fill(-1);
  kept.forEach((termId, id) => (finalId[termId] = id));
  const idf = Float64Array.from(kept, (termId) => smoothIdf(docs.length, documentFrequency[termId]));

  const vectors = counted.map((doc) => {
    const termIds: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < doc.termIds.length; i++) {
      const id = finalId[doc.termIds[i]];
      if (id < 0) continue;
      termIds.push(id);
      counts.push(doc.counts[i]);
    }
    return tfIdfVector(termIds, counts, idf);
  });
  const { matrix: docMatrix, counts } = rowsOf(vectors);
  const postings = transpose(docMatrix, kept.length);

  return new TfIdfIndex({
    ids,
    options: resolved,
    languages: languagesOf(docs),
    termKeys: kept.map((termId) => vocabulary.term(termId)),
    labels: kept.map((termId) => counter.label(termId)),
    idf,
    counts,
    arrays: { docs: docMatrix, postings, maxWeight: maxPerRow(postings), rank: ranks(ids) },
  });
}

/** Normalised languages of the documents, most frequent first (ties: alphabetical, null last). */
function languagesOf(docs: readonly TextDocument[]): (string | null)[] {
  const counts = new Map<string | null, number>();
  for (const doc of docs) {
    const language = normalizeLanguage(doc.language);
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const key = (language: string | null) => language ?? "\uffff";
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(key(a[0]), key(b[0]))).map(([language]) => language);
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
function countTerms(doc: TextDocument, options: IndexOptions, counter: CorpusCounter): TermCounts {
  counter.add(doc.text, doc.language);
  if (options.keywordBoost > 0) {
    // Each keyword is its own clause: no phrase joins two keywords.
    for (const keyword of doc.keywords ?? []) counter.add(keyword, doc.language, options.keywordBoost);
  }
  return counter.takeDocument();
}

/** Appends to each document the phrases counted there before they were given an id. */
function addLateCounts(counted: TermCounts[], late: readonly LateCount[]): void {
  const extra = new Uint32Array(counted.length);
  for (const entry of late) extra[entry.doc]++;
  const filled = new Uint32Array(counted.length);
  for (const entry of late) {
    const { doc } = entry;
    if (filled[doc] === 0) {
      const { termIds, counts } = counted[doc];
      const grown = { termIds: new Uint32Array(termIds.length + extra[doc]), counts: new Float64Array(counts.length + extra[doc]) };
      grown.termIds.set(termIds);
      grown.counts.set(counts);
      counted[doc] = grown;
    }
    const at = counted[doc].termIds.length - extra[doc] + filled[doc]++;
    counted[doc].termIds[at] = entry.termId;
    counted[doc].counts[at] = entry.count;
  }
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
  const kept: { termId: number; key: string }[] = [];
  for (let termId = 0; termId < documentFrequency.length; termId++) {
    const df = documentFrequency[termId];
    if (df >= minDf && df <= maxDf) kept.push({ termId, key: vocabulary.term(termId) });
  }
  return kept.sort((a, b) => compareStrings(a.key, b.key)).map((term) => term.termId);
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
