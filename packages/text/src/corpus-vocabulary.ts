import type { CorpusScanner } from "./corpus-scanner.js";
import { MIN_DOCUMENT_FREQUENCY_FROM } from "./options.js";
import { PhraseOccurrences, type CountedPhrases, type PhraseSource } from "./phrase-occurrences.js";
import { shareable } from "./shareable.js";
import { orderTerms } from "./term-order.js";
import type { IndexOptions } from "./types.js";

/**
 * The terms an index keeps, with their final ids: kept words and phrases in
 * alphabetical order of their keys, so that the same documents always give the
 * same index.
 */
export interface CorpusVocabulary {
  size: number;
  documentFrequency: Int32Array;
  /** Per term id: its word id (a phrase's first word), and a phrase's second word id, -1 for a word. */
  firstWord: Int32Array;
  secondWord: Int32Array;
  /** Per term id: a phrase's most frequent written form (see `phraseForm`). */
  phraseForm: Float64Array;
  /** Per word id: its term id, or -1 when dropped. */
  termOfWord: Int32Array;
  /** The phrase occurrences, to replay with their term ids (null when there are none). */
  phrases: PhraseOccurrences | null;
  /** Per counted phrase (see `PhraseOccurrences.count`), its term id. */
  termOfPhrase: Int32Array;
}

/**
 * A term is too common when in more than maxDocumentFrequency x N documents,
 * unless it is in only two (so tiny corpora keep their links); too rare when in
 * fewer than minDocumentFrequency documents, from MIN_DOCUMENT_FREQUENCY_FROM
 * documents on.
 */
export function keepTerms(scanner: CorpusScanner, options: IndexOptions): CorpusVocabulary {
  const bounds = termBounds(scanner.documents, options);
  const phrases = scanner.phraseCount > 0 ? new PhraseOccurrences(phraseSourceOf(scanner)) : null;
  const counted = phrases?.count(keptBy(bounds)) ?? NO_PHRASES;
  return vocabularyOf(scanner, bounds, phrases, counted);
}

/** The document frequencies of the terms an index keeps (see `keepTerms`). */
export interface TermBounds {
  minDf: number;
  maxDf: number;
}

export function termBounds(documentCount: number, options: IndexOptions): TermBounds {
  return {
    maxDf: Math.max(2, options.maxDocumentFrequency * documentCount),
    minDf: documentCount >= MIN_DOCUMENT_FREQUENCY_FROM ? options.minDocumentFrequency : 1,
  };
}

export function keptBy({ minDf, maxDf }: TermBounds): (documentFrequency: number) => boolean {
  return (df) => df >= minDf && df <= maxDf;
}

/** Where the phrases of the scanned corpus are. */
export function phraseSourceOf(scanner: CorpusScanner): PhraseSource {
  return {
    documents: scanner.documents,
    wordCount: scanner.wordKeys.length,
    documentStart: scanner.documentStart.array,
    sequence: scanner.sequence.array,
    itemWord: scanner.itemWord.array,
    itemSurface: scanner.itemSurface.array,
    surfaces: scanner.surfaces,
  };
}

const NO_PHRASES: CountedPhrases = { first: new Int32Array(0), second: new Int32Array(0), documentFrequency: new Int32Array(0), form: new Float64Array(0) };

/** The vocabulary, from the phrases grouped and counted (by `keepTerms`, or on several threads). */
export function vocabularyOf(
  scanner: CorpusScanner,
  bounds: TermBounds,
  phrases: PhraseOccurrences | null,
  counted: CountedPhrases = NO_PHRASES,
  /** false: the caller assigns the phrases their terms (`assignGroups`, range by range). */
  assignPhrases = true,
): CorpusVocabulary {
  const kept = keptBy(bounds);
  const { wordKeys } = scanner;
  const wordFrequency = scanner.wordFrequency.array;
  const words: number[] = [];
  for (let word = 0; word < wordKeys.length; word++) if (kept(wordFrequency[word])) words.push(word);
  const order = orderTerms({ wordKeys, words, firstWords: counted.first, secondWords: counted.second });

  const size = order.length;
  const termOfWord = new Int32Array(wordKeys.length).fill(-1);
  // Shared memory where possible: threads assign the phrases their terms.
  const termOfPhrase = shareable(Int32Array, counted.first.length);
  const firstWord = new Int32Array(size);
  const secondWord = new Int32Array(size);
  const documentFrequency = new Int32Array(size);
  const phraseForm = new Float64Array(size);
  for (let term = 0; term < size; term++) {
    const entry = order[term];
    if (entry >= 0) {
      termOfWord[entry] = term;
      firstWord[term] = entry;
      secondWord[term] = -1;
      documentFrequency[term] = wordFrequency[entry];
    } else {
      const phrase = -entry - 1;
      termOfPhrase[phrase] = term;
      firstWord[term] = counted.first[phrase];
      secondWord[term] = counted.second[phrase];
      documentFrequency[term] = counted.documentFrequency[phrase];
      phraseForm[term] = counted.form[phrase];
    }
  }
  if (assignPhrases) phrases?.assignTerms(counted, termOfPhrase);
  return { size, documentFrequency, firstWord, secondWord, phraseForm, termOfWord, phrases, termOfPhrase };
}
