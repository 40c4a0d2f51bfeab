import type { CorpusScanner } from "../corpus-scanner.js";
import { keptBy, phraseSourceOf, type CorpusVocabulary, type TermBounds } from "../corpus-vocabulary.js";
import { allocateGroups, countGroups, joinCounted, wordRangeStarts, type CountedPhrases } from "../phrase-groups.js";
import { PhraseOccurrences, phraseScan } from "../phrase-occurrences.js";
import { shareable } from "../shareable.js";
import { renderPhraseForm } from "../term-dictionary.js";
import { byRange, rangeEnds, type JobRunner } from "./by-range.js";

/**
 * The phrases of a scan, grouped and counted on threads, ready for
 * `vocabularyOf`. Holds no array of the groups itself (`phrases` frees them
 * once assigned): they are the largest arrays of a build.
 */
export interface ThreadedPhrases {
  phrases: PhraseOccurrences;
  counted: CountedPhrases;
  /** Per range of documents, the phrase occurrences in the documents before it (see `weighRange`). */
  firstPhrases: number[];
  /** The first words of the ranges the groups are counted and assigned by. */
  words: number[];
}

/**
 * What `keepTerms` does with the phrases, on this thread and the runners:
 * grouping by ranges of documents (`starts`), counting and assigning by
 * ranges of first words. Null when the scan marked no phrase.
 */
export async function phrasesOnThreads(scanner: CorpusScanner, bounds: TermBounds, runners: readonly JobRunner[], starts: readonly number[]): Promise<ThreadedPhrases | null> {
  if (scanner.phraseCount === 0) return null;
  const source = phraseSourceOf(scanner);
  const scan = phraseScan(source);
  const ends = rangeEnds(starts, source.documents);
  const counts = await byRange(runners, (r) => ({ kind: "first-words", scan, from: starts[r], to: ends[r] }));
  const { groups, fills, firstOccurrences } = allocateGroups(counts, source.wordCount);
  await byRange(runners, (r) => ({ kind: "fill-groups", scan, from: starts[r], to: ends[r], groups, fill: fills[r], firstOccurrence: firstOccurrences[r] }));

  const words = wordRangeStarts(groups.groupStart, runners.length + 1);
  const wordEnds = rangeEnds(words, source.wordCount);
  const { surfaces } = source;
  const counted = joinCounted(
    await byRange(
      runners,
      (r) => ({ kind: "count-groups", groups, surfaces, from: words[r], to: wordEnds[r], bounds }),
      // This thread renders forms from the surfaces it has (the job's copy is for the runners).
      () => countGroups(groups, words[0], wordEnds[0], keptBy(bounds), (form) => renderPhraseForm(form, surfaces)),
    ),
  );
  const phrases = new PhraseOccurrences({ groups, surfaces });
  phrases.dropForms();
  return { phrases, counted, firstPhrases: firstOccurrences, words };
}

/** Gives the occurrences their term ids (`assignGroups` by ranges of first words), once the vocabulary is made (`vocabularyOf(..., false)`). */
export async function assignOnThreads({ phrases, counted, words }: ThreadedPhrases, { termOfPhrase }: CorpusVocabulary, runners: readonly JobRunner[]): Promise<void> {
  const { groups } = phrases;
  const wordEnds = rangeEnds(words, groups.groupStart.length - 1);
  const terms = shareable(Int32Array, phrases.size);
  const { first, second } = counted;
  await byRange(runners, (r) => ({ kind: "assign-groups", groups, counted: { first, second }, termOfPhrase, from: words[r], to: wordEnds[r], terms }));
  phrases.assigned(terms);
}
