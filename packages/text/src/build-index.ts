import { CorpusScanner } from "./corpus-scanner.js";
import { keepTerms, type CorpusVocabulary } from "./corpus-vocabulary.js";
import { weighByLanguage } from "./language-weighting.js";
import { DisplayForms } from "./display-forms.js";
import { textError } from "./errors.js";
import { compareStrings } from "./fold.js";
import { normalizeLanguage } from "./languages.js";
import { resolveIndexOptions } from "./options.js";
import { shareable } from "./shareable.js";
import { TfIdfIndex } from "./similarity-index.js";
import type { IndexOptions, SimilarityIndex, TextDocument } from "./types.js";
import { CorpusTerms } from "./term-dictionary.js";
import { idfByFrequency, joinRows, rowSource, weighRange, type RowSource, type WeightedRows } from "./weighted-rows.js";
import { transpose, type Postings } from "./postings.js";

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
  return indexFromScan(docs, resolved, ids, scanCorpus(docs, resolved));
}

/**
 * The index of the documents a scanner has read (all of them, in order).
 * The scan's largest structures (its sequence, the phrase occurrences) are
 * freed as soon as the rows are weighted, before the postings are built.
 */
export function indexFromScan(docs: readonly TextDocument[], options: IndexOptions, ids: string[], scanner: CorpusScanner): TfIdfIndex {
  const prepared = prepareRows(docs, options, scanner, keepTerms(scanner, options));
  const range = weighRange(prepared.source, 0, scanner.documents, 0);
  prepared.release();
  return indexFromRows(prepared, ids, joinRows([range]));
}

/** What weighing the rows of a scan needs (see `weighRange`), and what the index keeps of the scan. */
export interface PreparedRows {
  options: IndexOptions;
  languages: (string | null)[];
  documentLanguages: Uint8Array;
  terms: CorpusTerms;
  /** Per term: its idf by document counts; empty in a corpus of several languages, weighed by language instead (see `weighByLanguage`). */
  idf: Float64Array;
  source: RowSource;
  /** Frees the scan's sequence and phrase occurrences, once every range is weighed. */
  release(): void;
}

/** The terms of a scan and what weighing its rows reads, given the terms it keeps (`keepTerms`). */
export function prepareRows(docs: readonly TextDocument[], options: IndexOptions, scanner: CorpusScanner, vocabulary: CorpusVocabulary): PreparedRows {
  const languages = languagesOf(docs);
  const documentLanguages = positionsIn(languages, docs);
  const idfOf = idfByFrequency(scanner.documents);
  const terms = new CorpusTerms({
    wordKeys: scanner.wordKeys,
    surfaces: scanner.surfaces,
    firstWord: vocabulary.firstWord,
    secondWord: vocabulary.secondWord,
    wordForms: wordForms(scanner),
    phraseForm: vocabulary.phraseForm,
  });
  // Several languages: the rows are weighed from their counts with other idfs (a vocabulary-sized array not made).
  const several = languages.length > 1;
  const idf = new Float64Array(several ? 0 : terms.size);
  for (let term = 0; term < idf.length; term++) idf[term] = idfOf[vocabulary.documentFrequency[term]];
  const source = rowSource(scanner, vocabulary, options.keywordBoost, several ? null : idf);
  const release = () => {
    scanner.sequence.release();
    vocabulary.phrases?.release();
    source.sequence = new Int32Array(0);
    source.phraseTerms = new Int32Array(0);
  };
  return { options, languages, documentLanguages, terms, idf, source, release };
}

/**
 * The index, from the rows of all the documents; `weighed`: the rows weighed
 * by language already (see `weighByLanguage`), in a corpus of several.
 */
export function indexFromRows(prepared: PreparedRows, ids: string[], rows: WeightedRows, weighed?: Postings & { idf: Float64Array }): TfIdfIndex {
  const { options, languages, documentLanguages, terms } = prepared;
  const { matrix, counts } = rows;
  const { idf, postings, maxWeight } =
    languages.length > 1
      ? (weighed ?? weighByLanguage(matrix, counts, terms.size, documentLanguages))
      : { idf: prepared.idf, ...transpose(matrix, terms.size) };
  return new TfIdfIndex({
    ids,
    options,
    languages,
    documentLanguages,
    terms,
    idf,
    counts,
    arrays: { docs: matrix, postings, maxWeight, rank: ranks(ids) },
  });
}

/** First pass: every document read once, with the document frequency of every word and phrase. */
export function scanCorpus(docs: readonly TextDocument[], options: IndexOptions): CorpusScanner {
  const scanner = new CorpusScanner(options.phrases);
  for (const doc of docs) scanner.addDocument(doc.text, doc.language, doc.keywords ?? [], options.keywordBoost);
  return scanner;
}

/** Counts of the written forms of each word, by word id. */
function wordForms(scanner: CorpusScanner): DisplayForms {
  const forms = new DisplayForms(scanner.wordKeys.length);
  for (let item = 0; item < scanner.itemWord.length; item++) {
    const word = scanner.itemWord.get(item);
    if (word >= 0) forms.add(word, scanner.itemSurface.get(item), scanner.itemSeen.get(item));
  }
  return forms;
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

/** The documents' ids, in order; throws for a repeated id. */
/** Each document's language as its position in `languages` (which holds every normalised language of the documents). */
function positionsIn(languages: readonly (string | null)[], docs: readonly TextDocument[]): Uint8Array {
  const position = new Map(languages.map((language, i) => [language, i]));
  // One byte per document: a corpus with more than 255 languages shares the last position among the rarest.
  return Uint8Array.from(docs, (doc) => Math.min(255, position.get(normalizeLanguage(doc.language)) as number));
}

export function checkIds(docs: readonly TextDocument[]): string[] {
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw textError(`duplicate document id "${doc.id}". Give every document its own id.`);
    seen.add(doc.id);
  }
  return docs.map((doc) => doc.id);
}

/** Position of each document in id order. */
function ranks(ids: readonly string[]): Uint32Array {
  const order = ids.map((_, i) => i).sort((a, b) => compareStrings(ids[a], ids[b]));
  const rank = shareable(Uint32Array, ids.length);
  order.forEach((doc, position) => (rank[doc] = position));
  return rank;
}
