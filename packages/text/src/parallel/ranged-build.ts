import { indexFromRows, prepareRows } from "../build-index.js";
import type { CorpusScanner } from "../corpus-scanner.js";
import { termBounds, vocabularyOf } from "../corpus-vocabulary.js";
import type { TfIdfIndex } from "../similarity-index.js";
import type { IndexOptions, TextDocument } from "../types.js";
import { allocateRows, placeRange, weighRange, type RowRange, type RowSizes } from "../weighted-rows.js";
import { byRange, rangeEnds, type JobRunner } from "./by-range.js";
import { weighByLanguageOnThreads } from "./language-weighting-on-threads.js";
import { assignOnThreads, phrasesOnThreads } from "./phrases-on-threads.js";
import { rangeStarts } from "./row-ranges.js";

export type { JobRunner } from "./by-range.js";

/**
 * What `indexFromScan` does, with the steps that run by range shared between
 * this thread and the runners (one range each; see `BuildJob`): grouping,
 * counting and assigning the phrases, weighing the rows, weighing them by
 * language and building the postings. The index is the same.
 */
export async function indexOnThreads(docs: readonly TextDocument[], options: IndexOptions, ids: string[], scanner: CorpusScanner, runners: readonly JobRunner[]): Promise<TfIdfIndex> {
  const starts = rangeStarts(scanner.documentStart.array, scanner.documents, runners.length + 1);
  const ends = rangeEnds(starts, scanner.documents);
  const bounds = termBounds(scanner.documents, options);
  let threaded = await phrasesOnThreads(scanner, bounds, runners, starts);
  const vocabulary = vocabularyOf(scanner, bounds, threaded?.phrases ?? null, threaded?.counted, false);
  if (threaded !== null) await assignOnThreads(threaded, vocabulary, runners);
  const firstPhrases = threaded?.firstPhrases ?? starts.map(() => 0);
  // The counted phrases are in the vocabulary now: let them go.
  threaded = null;

  const prepared = prepareRows(docs, options, scanner, vocabulary);
  const firstPhrase = (r: number) => firstPhrases[r];
  // Each thread keeps its rows until they have a place in the joined rows, and moves them there.
  let own: RowRange | null = null;
  const sizes = await byRange<"weigh-rows", RowSizes>(
    runners,
    (r) => ({ kind: "weigh-rows", source: prepared.source, from: starts[r], to: ends[r], firstPhrase: firstPhrase(r) }),
    () => (own = weighRange(prepared.source, starts[0], ends[0], firstPhrase(0))),
  );
  prepared.release();
  const { rows: joined, offsets } = allocateRows(sizes);
  await byRange(
    runners,
    (r) => ({ kind: "place-rows", rows: joined, offset: offsets[r] }),
    () => placeRange(own!, joined, offsets[0]),
  );
  if (prepared.languages.length <= 1) return indexFromRows(prepared, ids, joined);
  return indexFromRows(prepared, ids, joined, await weighByLanguageOnThreads(joined, prepared.terms.size, prepared.documentLanguages, runners, starts));
}
