import { keptBy, type TermBounds } from "../corpus-vocabulary.js";
import { assignGroups, countGroups, fillGroups, firstWordCounts, type CountedPhrases, type PhraseGroups, type PhraseScan } from "../phrase-groups.js";
import { languageIdf, weighColumns, weighRows, type LanguageWeights } from "../language-weighting.js";
import { columnCounts, fillColumns, type Columns } from "../postings.js";
import { renderPhraseForm } from "../term-dictionary.js";
import type { CsrMatrix } from "../topk.js";
import { textError } from "../errors.js";
import { placeRange, weighRange, type RowRange, type RowSizes, type RowSource, type TermCounts, type WeightedRows } from "../weighted-rows.js";
import { renumberEntry, type ScannedPart } from "../corpus-scanner.js";
import type { ScanJob } from "./messages.js";
import type { SharedTexts } from "./shared-texts.js";

/**
 * The work a scan worker of `buildIndexParallel` does once it has read, on
 * its range of documents (or of first words), over arrays in shared memory
 * (small ones are copied): the steps of `buildIndex` that run by range.
 */
export type BuildJob =
  | { kind: "place-sequence"; sequence: Int32Array; places: Int32Array; firstItem: number }
  | { kind: "first-words"; scan: PhraseScan; from: number; to: number }
  | { kind: "fill-groups"; scan: PhraseScan; from: number; to: number; groups: PhraseGroups; fill: Int32Array; firstOccurrence: number }
  | { kind: "count-groups"; groups: PhraseGroups; surfaces: readonly string[]; from: number; to: number; bounds: TermBounds }
  | { kind: "assign-groups"; groups: PhraseGroups; counted: Pick<CountedPhrases, "first" | "second">; termOfPhrase: Int32Array; from: number; to: number; terms: Int32Array }
  | { kind: "weigh-rows"; source: RowSource; from: number; to: number; firstPhrase: number }
  | { kind: "place-rows"; rows: WeightedRows; offset: number }
  | { kind: "column-counts"; rows: CsrMatrix; columnCount: number; from: number; to: number }
  | { kind: "fill-columns"; rows: CsrMatrix; values: TermCounts; from: number; to: number; columns: Columns<TermCounts>; fill: Uint32Array }
  | { kind: "language-idf"; columns: Columns<TermCounts>; weightOf: Float64Array; from: number; to: number; idf: Float64Array }
  | { kind: "language-rows"; rows: CsrMatrix; counts: TermCounts; idf: Float64Array; from: number; to: number; norm: Float64Array }
  | { kind: "language-columns"; columns: Columns<TermCounts>; weights: LanguageWeights; from: number; to: number };

/** What each kind of job sends back. */
export interface BuildJobResults {
  "place-sequence": null;
  "first-words": Int32Array;
  "fill-groups": null;
  "count-groups": CountedPhrases;
  "assign-groups": null;
  "weigh-rows": RowSizes;
  "place-rows": null;
  "column-counts": Uint32Array;
  "fill-columns": null;
  "language-idf": null;
  "language-rows": null;
  "language-columns": null;
}

/**
 * A scan worker given its documents in shared memory (`docs` is empty) that,
 * once it has read, stays to do `BuildJob`s until ended.
 */
export interface StayingScanJob extends ScanJob {
  texts: SharedTexts;
  stay: true;
}

/** What a runner keeps between jobs: the documents it read and the rows it weighed, until placed. */
export interface RunnerState {
  read: Pick<ScannedPart, "documentStart" | "sequence"> | null;
  rows: RowRange | null;
}

/** Runs a job; returns its result and the buffers to move with it. */
export function runBuildJob(job: BuildJob, state: RunnerState = { read: null, rows: null }): { result: BuildJobResults[BuildJob["kind"]]; moved: ArrayBuffer[] } {
  switch (job.kind) {
    case "place-sequence":
      if (state.read === null) throw textError("no documents to place: this runner has read none.");
      placeSequence(state.read, job.sequence, job.places, job.firstItem);
      state.read = null;
      return { result: null, moved: [] };
    case "first-words": {
      const counts = firstWordCounts(job.scan, job.from, job.to);
      return { result: counts, moved: [counts.buffer as ArrayBuffer] };
    }
    case "fill-groups":
      fillGroups(job.scan, job.from, job.to, job.groups, job.fill, job.firstOccurrence);
      return { result: null, moved: [] };
    case "count-groups": {
      const { surfaces } = job;
      const counted = countGroups(job.groups, job.from, job.to, keptBy(job.bounds), (form) => renderPhraseForm(form, surfaces));
      return { result: counted, moved: [counted.first, counted.second, counted.documentFrequency, counted.form].map((array) => array.buffer as ArrayBuffer) };
    }
    case "assign-groups":
      assignGroups(job.groups, job.counted, job.termOfPhrase, job.from, job.to, job.terms);
      return { result: null, moved: [] };
    case "column-counts": {
      const counts = columnCounts(job.rows, job.columnCount, job.from, job.to);
      return { result: counts, moved: [counts.buffer as ArrayBuffer] };
    }
    case "fill-columns":
      fillColumns(job.rows, job.values, job.from, job.to, job.columns, job.fill);
      return { result: null, moved: [] };
    case "language-idf":
      languageIdf(job.columns, job.weightOf, job.from, job.to, job.idf);
      return { result: null, moved: [] };
    case "language-rows":
      weighRows(job.rows, job.counts, job.idf, job.from, job.to, job.norm);
      return { result: null, moved: [] };
    case "language-columns":
      weighColumns(job.columns, job.weights, job.from, job.to);
      return { result: null, moved: [] };
    case "weigh-rows": {
      // The rows stay here until they have a place (`place-rows`): only their sizes travel.
      const range = weighRange(job.source, job.from, job.to, job.firstPhrase);
      state.rows = range;
      return { result: { ends: range.ends.slice(), largestCount: range.largestCount }, moved: [] };
    }
    case "place-rows":
      if (state.rows === null) throw textError("no rows to place: send a weigh-rows job first.");
      placeRange(state.rows, job.rows, job.offset);
      state.rows = null;
      return { result: null, moved: [] };
  }
}

/** Writes the k-th document read at `places[k]` of `sequence`, its items renumbered to follow `firstItem` others. */
function placeSequence(read: Pick<ScannedPart, "documentStart" | "sequence">, sequence: Int32Array, places: Int32Array, firstItem: number): void {
  const { documentStart, sequence: own } = read;
  for (let k = 0; k < places.length; k++) {
    let at = places[k];
    for (let p = documentStart[k]; p < documentStart[k + 1]; p++) sequence[at++] = renumberEntry(own[p], firstItem);
  }
}
