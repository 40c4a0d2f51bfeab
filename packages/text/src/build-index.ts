import { CorpusScanner } from "./corpus-scanner.js";
import { keepTerms, type CorpusVocabulary } from "./corpus-vocabulary.js";
import { DisplayForms } from "./display-forms.js";
import { textError } from "./errors.js";
import { compareStrings } from "./fold.js";
import { normalizeLanguage } from "./languages.js";
import { resolveIndexOptions } from "./options.js";
import { TfIdfIndex } from "./similarity-index.js";
import type { CsrMatrix } from "./topk.js";
import type { IndexOptions, SimilarityIndex, TextDocument } from "./types.js";
import { weightedRows } from "./weighted-rows.js";
import { smoothIdf } from "./weighting.js";

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
  const scanner = scanCorpus(docs, resolved);
  const vocabulary = keepTerms(scanner, resolved);
  const idf = Float64Array.from(vocabulary.documentFrequency, (df) => smoothIdf(docs.length, df));
  const { matrix: docMatrix, counts, phraseForms } = weightedRows(scanner, vocabulary, idf, resolved.keywordBoost);
  const postings = transpose(docMatrix, vocabulary.keys.length);

  return new TfIdfIndex({
    ids,
    options: resolved,
    languages: languagesOf(docs),
    termKeys: vocabulary.keys,
    labels: termLabels(scanner, vocabulary, phraseForms),
    idf,
    counts,
    arrays: { docs: docMatrix, postings, maxWeight: maxPerRow(postings), rank: ranks(ids) },
  });
}

/** First pass: every document read once, with the document frequency of every word and phrase. */
export function scanCorpus(docs: readonly TextDocument[], options: IndexOptions): CorpusScanner {
  const scanner = new CorpusScanner(options.phrases);
  for (const doc of docs) scanner.addDocument(doc.text, doc.language, doc.keywords ?? [], options.keywordBoost);
  return scanner;
}

/** The most frequent written form of each kept term (ties: alphabetical). */
function termLabels(scanner: CorpusScanner, vocabulary: CorpusVocabulary, phraseForms: DisplayForms): string[] {
  const { termOfWord, wordOfTerm } = vocabulary;
  const wordForms = new DisplayForms(vocabulary.keys.length);
  for (let item = 0; item < scanner.itemWord.length; item++) {
    const word = scanner.itemWord.get(item);
    if (word >= 0 && termOfWord[word] >= 0) wordForms.add(termOfWord[word], scanner.itemSurface.get(item), scanner.itemSeen.get(item));
  }
  const { surfaces } = scanner;
  const surfaceCount = surfaces.length;
  const renderWord = (form: number) => surfaces[form];
  const renderPhrase = (form: number) => {
    const pair = Math.floor(form / 2);
    return `${surfaces[Math.floor(pair / surfaceCount)]}${form % 2 === 1 ? "-" : " "}${surfaces[pair % surfaceCount]}`;
  };
  return Array.from(wordOfTerm, (word, term) => (word >= 0 ? wordForms.label(term, renderWord) : phraseForms.label(term, renderPhrase)));
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
