import { forEachTerm } from "./analyze.js";
import { rankDistinctiveTerms } from "./distinctive.js";
import { textError, unknownDocumentError } from "./errors.js";
import { compareStrings } from "./fold.js";
import { checkSearchOptions, requireCount } from "./options.js";
import { pickTerms, type RankedTerm } from "./pick-terms.js";
import { explain, type Explanation } from "./sparse.js";
import { createScratch, searchTopK, topKRange, type SearchArrays, type SearchScratch } from "./topk.js";
import type {
  IndexOptions,
  Keyword,
  Match,
  NeighbourOptions,
  QueryOptions,
  SearchOptions,
  SimilarityIndex,
  SimilarityLink,
  SparseVector,
} from "./types.js";
import { tfIdfVector } from "./weighting.js";

/** Everything `buildIndex` computes; term ids index `termKeys`, `labels` and `idf`. */
export interface IndexData {
  ids: readonly string[];
  options: IndexOptions;
  termKeys: readonly string[];
  labels: readonly string[];
  idf: Float64Array;
  /** Vectors, postings and tie ranks, ready for `topKRange` (in this thread or a worker). */
  arrays: SearchArrays;
  /** Boosted term counts, aligned with arrays.docs (for class-based TF-IDF). */
  counts: Float32Array;
}

/** A TF-IDF similarity index over a fixed set of documents. */
export class TfIdfIndex implements SimilarityIndex {
  readonly ids: readonly string[];
  readonly options: IndexOptions;
  readonly vocabularySize: number;
  private readonly data: IndexData;
  private readonly positionById: Map<string, number>;
  private readonly termIdByKey: Map<string, number>;
  private scratch: SearchScratch | null = null;

  constructor(data: IndexData) {
    this.data = data;
    this.ids = data.ids;
    this.options = data.options;
    this.vocabularySize = data.termKeys.length;
    this.positionById = new Map(data.ids.map((id, position) => [id, position]));
    this.termIdByKey = new Map(data.termKeys.map((key, termId) => [key, termId]));
  }

  /** Typed arrays of the index, e.g. to run `topKRange` on part of the documents in a worker. */
  get searchArrays(): SearchArrays {
    return this.data.arrays;
  }

  has(id: string): boolean {
    return this.positionById.has(id);
  }

  vector(id: string): SparseVector | undefined {
    const position = this.positionById.get(id);
    if (position === undefined) return undefined;
    const row = this.row(position);
    return { terms: row.terms.slice(), weights: row.weights.slice() };
  }

  termLabel(termId: number): string {
    if (!Number.isInteger(termId) || termId < 0 || termId >= this.vocabularySize) {
      throw textError(`unknown term id ${String(termId)}: term ids go from 0 to vocabularySize - 1 (${this.vocabularySize - 1}).`);
    }
    return this.data.labels[termId];
  }

  neighbours(options: NeighbourOptions): SimilarityLink[] {
    checkSearchOptions(options);
    const { ids } = this;
    const { rank } = this.data.arrays;
    const found = topKRange(this.data.arrays, 0, ids.length, options.k, options.minScore);
    const seen = new Set<number>();
    const links: SimilarityLink[] = [];
    for (let query = 0; query < ids.length; query++) {
      for (let i = found.offsets[query]; i < found.offsets[query + 1]; i++) {
        const other = found.docs[i];
        const [source, target] = rank[query] < rank[other] ? [query, other] : [other, query];
        const pair = source * ids.length + target;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const { score, sharedTerms } = this.explainPair(this.row(source), this.row(target));
        links.push({ source: ids[source], target: ids[target], score, sharedTerms });
      }
    }
    return links.sort((a, b) => b.score - a.score || compareStrings(a.source, b.source) || compareStrings(a.target, b.target));
  }

  similarTo(id: string, options: SearchOptions): Match[] {
    const position = this.positionById.get(id);
    if (position === undefined) throw unknownDocumentError(id);
    return this.search(this.row(position), options, position);
  }

  query(text: string, options: QueryOptions): Match[] {
    checkSearchOptions(options);
    const counts = new Map<number, number>();
    forEachTerm(text, options.language ?? null, this.options.phrases, (term) => {
      const termId = this.termIdByKey.get(term);
      if (termId !== undefined) counts.set(termId, (counts.get(termId) ?? 0) + 1);
    });
    const vector = tfIdfVector([...counts.keys()], [...counts.values()], this.data.idf);
    return this.search(vector, options, -1);
  }

  keywords(id: string, n: number): Keyword[] {
    requireCount("n", n);
    const position = this.positionById.get(id);
    if (position === undefined) throw unknownDocumentError(id);
    const { terms, weights } = this.row(position);
    const ranked: RankedTerm[] = Array.from(terms, (termId, i) => ({ termId, weight: weights[i] }));
    ranked.sort((a, b) => b.weight - a.weight || compareStrings(this.data.labels[a.termId], this.data.labels[b.termId]));
    return this.pick(ranked, n);
  }

  distinctiveTerms(groups: readonly (readonly string[])[], n: number): Keyword[][] {
    requireCount("n", n);
    const positions = groups.map((group) =>
      group.map((id) => {
        const position = this.positionById.get(id);
        if (position === undefined) throw unknownDocumentError(id);
        return position;
      }),
    );
    const { docs } = this.data.arrays;
    const rows = { start: docs.start, index: docs.index, counts: this.data.counts };
    const ranked = rankDistinctiveTerms(rows, this.vocabularySize, positions, (termId) => this.data.labels[termId]);
    return ranked.map((terms) => this.pick(terms, n));
  }

  private search(vector: SparseVector, options: SearchOptions, skip: number): Match[] {
    checkSearchOptions(options);
    const { filter } = options;
    const accept = filter === undefined ? undefined : (doc: number) => filter(this.ids[doc]);
    this.scratch ??= createScratch(this.data.arrays);
    const found = searchTopK(this.data.arrays, this.scratch, vector.terms, vector.weights, {
      k: options.k,
      minScore: options.minScore,
      skip,
      accept,
    });
    const matches = Array.from(found.docs, (doc) => ({ doc, ...this.explainPair(vector, this.row(doc)) }));
    return matches
      .filter((match) => match.score >= options.minScore)
      .sort((a, b) => b.score - a.score || compareStrings(this.ids[a.doc], this.ids[b.doc]))
      .map(({ doc, score, sharedTerms }) => ({ id: this.ids[doc], score, sharedTerms }));
  }

  /** Score and shared terms of a pair; float32 rounding can lift a duplicate's score a hair above 1. */
  private explainPair(a: SparseVector, b: SparseVector): Explanation {
    const { score, sharedTerms } = explain(a, b, this.options.explainTerms, (termId) => this.data.labels[termId]);
    return { score: Math.min(1, score), sharedTerms };
  }

  private pick(ranked: readonly RankedTerm[], n: number): Keyword[] {
    return pickTerms(ranked, n, (termId) => this.data.termKeys[termId], (termId) => this.data.labels[termId]);
  }

  /** A view (no copy) of a document's vector. */
  private row(position: number): SparseVector {
    const { start, index, value } = this.data.arrays.docs;
    return { terms: index.subarray(start[position], start[position + 1]), weights: value.subarray(start[position], start[position + 1]) };
  }
}
