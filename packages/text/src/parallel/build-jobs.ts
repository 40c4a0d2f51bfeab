import { rememberedTerms, type RememberedTerms } from "../analyze.js";
import { keptBy, type TermBounds } from "../corpus-vocabulary.js";
import { assignGroups, countGroups, fillGroups, firstWordCounts, type CountedPhrases, type PhraseGroups, type PhraseScan } from "../phrase-groups.js";
import { languageIdf, weighColumns, weighRows, type LanguageWeights } from "../language-weighting.js";
import { columnCounts, fillColumns, type Columns } from "../postings.js";
import { renderPhraseForm } from "../term-dictionary.js";
import type { CsrMatrix } from "../topk.js";
import { textError } from "../errors.js";
import { placeRange, weighRange, type RowRange, type RowSizes, type RowSource, type TermCounts, type WeightedRows } from "../weighted-rows.js";
import { CorpusScanner, renumberEntry, type ScannedPart } from "../corpus-scanner.js";
import { allPairsTopKClaimed } from "../all-pairs.js";
import { prepareTopK } from "./ranges.js";
import { fillLinkRows, linkRowsFor, pairsOf, type LinkPairs, type LinkRows, type LinkRowsPart, type LinkVectors } from "../link-table.js";
import type { SearchArrays } from "../topk.js";
import type { PairResult, ScanJob, ScanResult } from "./messages.js";
import { readFromBack } from "./read-chunks.js";
import { sharedDocument, type SharedTexts } from "./shared-texts.js";

/**
 * The work a text worker (`TextWorkers`) does: for `buildIndexParallel`, read
 * its share of the documents, then the steps of `buildIndex` that run by
 * range, on its range of documents (or of first words); for
 * `neighbourTableParallel`, prepare top-k (answering with the tiers and
 * ranges) and score the top-k lists of the ranges of queries it takes, then
 * explain the links of its range of sources. The arrays are in
 * shared memory (small ones are copied).
 */
export type BuildJob =
  | { kind: "read-early"; texts: SharedTexts; claim: Int32Array; phrases: boolean; keywordBoost: number }
  | { kind: "remembered-terms" }
  | ({ kind: "read" } & SharedScanJob)
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
  | { kind: "language-columns"; columns: Columns<TermCounts>; weights: LanguageWeights; from: number; to: number }
  | { kind: "top-k"; arrays: SearchArrays; prepare: { minScore: number; ranges: number }; taken: Int32Array; k: number }
  | { kind: "link-rows"; vectors: LinkVectors; pairs: LinkPairs; minScore: number; from: number; to: number };

/** What each kind of job sends back. */
export interface BuildJobResults {
  "read-early": null;
  "remembered-terms": RememberedTerms[];
  read: ScanResult;
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
  "top-k": PairResult;
  "link-rows": { rows: LinkRows; part: LinkRowsPart };
}

/** A scan job whose documents are in shared memory (`docs` is empty). */
export interface SharedScanJob extends ScanJob {
  texts: SharedTexts;
}

/** What a runner keeps between jobs: the documents it read early, then all it read, and the rows it weighed, until placed. */
export interface RunnerState {
  /** Sends a message before the job's answer (a worker's `postMessage`). */
  post?: (message: unknown) => void;
  early: CorpusScanner | null;
  read: Pick<ScannedPart, "documentStart" | "sequence"> | null;
  rows: RowRange | null;
}

/** Runs a job; returns its result and the buffers to move with it. */
export function runBuildJob(job: BuildJob, state: RunnerState = { early: null, read: null, rows: null }): { result: BuildJobResults[BuildJob["kind"]]; moved: ArrayBuffer[] } {
  switch (job.kind) {
    case "read-early":
      readEarly(job, state);
      return { result: null, moved: [] };
    case "remembered-terms":
      return { result: rememberedTerms(), moved: [] };
    case "read":
      return readShared(job, state);
    case "top-k": {
      // The tiers and ranges first (the same on every thread: they depend only on the arrays), sent
      // back at once so that the calling thread can take ranges too, without preparing them itself.
      if (state.post === undefined) throw textError("a top-k job answers twice: run it on a text worker.");
      const prepared = prepareTopK(job.arrays, job.prepare.minScore, job.prepare.ranges);
      state.post(prepared);
      const lists = allPairsTopKClaimed(job.arrays, prepared.tiers, { bounds: prepared.bounds, taken: job.taken }, job.k);
      const result: PairResult = { docs: lists.docs, scores: lists.scores, sizes: lists.sizes };
      // The lists live in plain (not shared) memory, so they can be moved.
      return { result, moved: [lists.docs.buffer as ArrayBuffer, lists.scores.buffer as ArrayBuffer, lists.sizes.buffer as ArrayBuffer] };
    }
    case "link-rows": {
      // Rows of this range only, moved back to be copied into the table.
      const rows = linkRowsFor(pairsOf(job.pairs, job.from, job.to), job.vectors.explainTerms);
      const part = fillLinkRows(job.vectors, job.pairs, job.minScore, job.from, job.to, rows, 0);
      return { result: { rows, part }, moved: [rows.score.buffer as ArrayBuffer] };
    }
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

/**
 * Reads, sends back what it read but its sequence (laid out with the others'
 * by `place-sequence`, so kept in `state`), and lets go of the documents:
 * nothing here holds them once read, so that they are freed while the build
 * goes on.
 */
function readShared(job: SharedScanJob, state: RunnerState): { result: ScanResult; moved: ArrayBuffer[] } {
  const { texts } = job;
  const early = job.early === undefined ? null : { scanner: earlyScanner(state, job.early.documents), at: job.early.at };
  const { part, positions } = readFromBack(job, (i) => sharedDocument(texts, i), early);
  state.early = null;
  state.read = { documentStart: part.documentStart, sequence: part.sequence };
  state.rows = null;
  const result: ScanResult = { part: { ...part, documentStart: part.documentStart.slice(), sequence: new Int32Array(0) }, positions };
  return { result, moved: [result.part.documentStart, part.itemWord, part.itemSurface, part.itemSeen, part.wordFrequency, positions].map((array) => array.buffer as ArrayBuffer) };
}

/** Reads a batch of documents handed over early (see `EarlyReads`), unless it was taken back. */
function readEarly(job: Extract<BuildJob, { kind: "read-early" }>, state: RunnerState): void {
  if (Atomics.compareExchange(job.claim, 0, 0, 1) !== 0) return;
  state.early ??= new CorpusScanner(job.phrases);
  const count = job.texts.documentString.length - 1;
  for (let i = 0; i < count; i++) {
    const doc = sharedDocument(job.texts, i);
    state.early.addDocument(doc.text, doc.language, doc.keywords ?? [], job.keywordBoost);
  }
}

/** The scanner of the documents read early: exactly `documents` of them. */
function earlyScanner(state: RunnerState, documents: number): CorpusScanner {
  const read = state.early?.documents ?? 0;
  if (read !== documents || state.early === null) {
    throw textError(`this text worker read ${read} documents early, the build counts ${documents}. Give buildIndexParallel the EarlyReads and the documents it was given, first and in order.`);
  }
  return state.early;
}

/** Writes the k-th document read at `places[k]` of `sequence`, its items renumbered to follow `firstItem` others. */
function placeSequence(read: Pick<ScannedPart, "documentStart" | "sequence">, sequence: Int32Array, places: Int32Array, firstItem: number): void {
  const { documentStart, sequence: own } = read;
  for (let k = 0; k < places.length; k++) {
    let at = places[k];
    for (let p = documentStart[k]; p < documentStart[k + 1]; p++) sequence[at++] = renumberEntry(own[p], firstItem);
  }
}
