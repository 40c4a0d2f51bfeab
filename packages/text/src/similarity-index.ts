import { forEachTerm } from "./analyze.js";
import { scoreDistinctiveTerms, type ScoredTerms } from "./distinctive.js";
import type { CountRows } from "./class-sums.js";
import { textError, unknownDocumentError } from "./errors.js";
import { compareStrings } from "./fold.js";
import { checkSearchOptions, requireCount } from "./options.js";
import { pickTerms } from "./pick-terms.js";
import { explain, type Explanation } from "./sparse.js";
import { finishLinkTable, linksOfTable, linkTableOf, type LinkRows, type LinkRowsPart, type LinkVectors } from "./link-table.js";
import { allPairsTopK, prepareTiers } from "./all-pairs.js";
import type { NeighbourLists } from "./neighbour-lists.js";
import { createScratch, searchTopK, type CsrMatrix, type SearchArrays, type SearchScratch } from "./topk.js";
import { transpose } from "./postings.js";
import type {
  IndexOptions,
  Keyword,
  LinkTable,
  Match,
  NeighbourOptions,
  QueryOptions,
  SearchOptions,
  SimilarityIndex,
  SimilarityLink,
  SparseVector,
} from "./types.js";
import type { TermDictionary } from "./term-dictionary.js";
import { TermRanking } from "./term-ranking.js";
import type { TermCounts } from "./weighted-rows.js";
import { tfIdfVector } from "./weighting.js";

/** Everything `buildIndex` computes; term ids index `terms` and `idf`. */
export interface IndexData {
  ids: readonly string[];
  options: IndexOptions;
  /** Languages of the documents (normalised, null for unknown), most frequent first. */
  languages: readonly (string | null)[];
  /** Each document's language, as a position in `languages`. */
  documentLanguages: Uint8Array;
  /** Key and label of each term id. */
  terms: TermDictionary;
  idf: Float64Array;
  /** Vectors, postings and tie ranks, ready for `allPairsTopK` (in this thread or a worker). */
  arrays: SearchArrays;
  /** Boosted term counts, aligned with arrays.docs (for class-based TF-IDF). */
  counts: TermCounts;
}

/** A TF-IDF similarity index over a fixed set of documents. */
export class TfIdfIndex implements SimilarityIndex {
  readonly ids: readonly string[];
  readonly options: IndexOptions;
  readonly vocabularySize: number;
  private readonly data: IndexData;
  private readonly positionById: Map<string, number>;
  private scratch: SearchScratch | null = null;
  private postingsDropped = false;
  private ranking: TermRanking | null = null;
  private readonly label = (termId: number): string => this.data.terms.label(termId);

  constructor(data: IndexData) {
    this.data = data;
    this.ids = data.ids;
    this.options = data.options;
    this.vocabularySize = data.terms.size;
    this.positionById = new Map(data.ids.map((id, position) => [id, position]));
  }

  /**
   * Typed arrays of the index, e.g. to run `allPairsTopK` on part of the
   * documents in a worker. After `dropPostings`, the postings are rebuilt here.
   */
  get searchArrays(): SearchArrays {
    if (this.postingsDropped) {
      const { postings, maxWeight } = transpose(this.data.arrays.docs, this.vocabularySize);
      this.data.arrays.postings = postings;
      this.data.arrays.maxWeight = maxWeight;
      this.postingsDropped = false;
    }
    return this.data.arrays;
  }

  /** The document vectors and their ranks in id order (never rebuilds anything, unlike `searchArrays`). */
  get vectors(): { docs: CsrMatrix; rank: Uint32Array } {
    return { docs: this.data.arrays.docs, rank: this.data.arrays.rank };
  }

  /**
   * Frees the inverted index (postings and largest weights: about as large as
   * the vectors) until the next search, which rebuilds it from the vectors
   * exactly. For callers done with searching for a while: the pipeline drops
   * it once the links are found, which lowers its peak memory while the graph
   * is built. Keywords, explanations and community names need only the vectors.
   */
  dropPostings(): void {
    const empty = { start: new Uint32Array(1), index: new Uint32Array(0), value: new Float32Array(0) };
    this.data.arrays.postings = empty;
    this.data.arrays.maxWeight = new Float32Array(0);
    this.scratch = null;
    this.postingsDropped = true;
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
    this.checkTermId(termId);
    return this.data.terms.label(termId);
  }

  /** Matching key of a term id: its stem, or a phrase's two stems joined by a space. */
  termKey(termId: number): string {
    this.checkTermId(termId);
    return this.data.terms.key(termId);
  }

  neighbours(options: NeighbourOptions): SimilarityLink[] {
    return linksOfTable(this.neighbourTable(options));
  }

  /** `neighbours` as a flat `LinkTable` (no object per link), in id order. */
  neighbourTable(options: NeighbourOptions): LinkTable {
    checkSearchOptions(options);
    const arrays = this.searchArrays;
    const tiers = prepareTiers(arrays, options.minScore);
    return this.linkTable(allPairsTopK(arrays, tiers, 0, this.ids.length, options.k), options.minScore);
  }

  /**
   * The links of every document's top-k list (from `allPairsTopK`, possibly
   * merged from several ranges): each pair once, explained, best first.
   */
  linksOf(lists: NeighbourLists, minScore: number): SimilarityLink[] {
    return linksOfTable(this.linkTable(lists, minScore));
  }

  /** `linksOf` as a flat `LinkTable`, in id order. */
  linkTable(lists: NeighbourLists, minScore: number): LinkTable {
    const input = { ids: this.ids, ...this.linkVectors, label: this.label };
    return this.remembering(() => linkTableOf(input, lists, minScore));
  }

  /** What scoring and explaining links reads (`fillLinkRows`, on any thread): the vectors, no labels. */
  get linkVectors(): LinkVectors {
    const { docs, rank } = this.vectors;
    return { docs, rank, vocabularySize: this.vocabularySize, explainTerms: this.options.explainTerms };
  }

  /** The table of link rows filled by parts (`fillLinkRows` over `linkVectors`), its shared terms labelled: what `linkTable` gives. */
  finishLinkTable(rows: LinkRows, parts: readonly LinkRowsPart[]): LinkTable {
    return this.remembering(() => finishLinkTable(this.ids, rows, parts, this.label));
  }

  similarTo(id: string, options: SearchOptions): Match[] {
    const position = this.positionById.get(id);
    if (position === undefined) throw unknownDocumentError(id);
    return this.search(this.row(position), options, position);
  }

  /**
   * With `language` given (null: neutral analysis) the text is analysed in that
   * language. Without it, it is analysed in each language of the corpus and each
   * known term counts as often as the analysis that found it most often: a search
   * box need not know the language of what is typed.
   */
  query(text: string, options: QueryOptions): Match[] {
    checkSearchOptions(options);
    const languages = options.language === undefined ? this.data.languages : [options.language];
    const counts = new Map<number, number>();
    for (const language of languages) {
      const found = new Map<number, number>();
      forEachTerm(text, language, this.options.phrases, (term) => {
        const termId = this.data.terms.find(term);
        if (termId !== undefined) found.set(termId, (found.get(termId) ?? 0) + 1);
      });
      for (const [termId, count] of found) counts.set(termId, Math.max(count, counts.get(termId) ?? 0));
    }
    const vector = tfIdfVector([...counts.keys()], [...counts.values()], this.data.idf);
    return this.search(vector, options, -1);
  }

  keywords(id: string, n: number): Keyword[] {
    requireCount("n", n);
    const position = this.positionById.get(id);
    if (position === undefined) throw unknownDocumentError(id);
    const { start, index, value } = this.data.arrays.docs;
    return this.pick(index, value, n, start[position], start[position + 1]);
  }

  allKeywords(n: number): Keyword[][] {
    requireCount("n", n);
    const { start, index, value } = this.data.arrays.docs;
    return this.remembering(() => this.ids.map((_, position) => this.pick(index, value, n, start[position], start[position + 1])));
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
    const { rows, termCount, documentLanguages } = this.classArrays;
    return this.pickDistinctiveTerms(scoreDistinctiveTerms(rows, termCount, positions, documentLanguages), n);
  }

  /**
   * What class-based TF-IDF reads, as typed arrays (on shared memory where
   * possible): to score groups with `scoreDistinctiveTerms` elsewhere, e.g. on
   * a worker thread, groups given as document positions.
   */
  get classArrays(): { rows: CountRows; termCount: number; documentLanguages: Uint8Array } {
    const { docs } = this.vectors;
    return { rows: { start: docs.start, index: docs.index, counts: this.data.counts }, termCount: this.vocabularySize, documentLanguages: this.data.documentLanguages };
  }

  /** The n best terms of each group scored by `scoreDistinctiveTerms` on `classArrays`: what `distinctiveTerms` gives. */
  pickDistinctiveTerms(scored: readonly ScoredTerms[], n: number): Keyword[][] {
    requireCount("n", n);
    return this.remembering(() => scored.map(({ terms, scores }) => this.pick(terms, scores, n)));
  }

  /** Runs a batch that asks for many labels, keeping them until it returns (see `TermDictionary.remembering`). */
  private remembering<T>(work: () => T): T {
    const { terms } = this.data;
    return terms.remembering === undefined ? work() : terms.remembering(work);
  }

  private search(vector: SparseVector, options: SearchOptions, skip: number): Match[] {
    checkSearchOptions(options);
    const { filter } = options;
    const accept = filter === undefined ? undefined : (doc: number) => filter(this.ids[doc]);
    const arrays = this.searchArrays;
    this.scratch ??= createScratch(arrays);
    const found = searchTopK(arrays, this.scratch, vector.terms, vector.weights, {
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
    const { score, sharedTerms } = explain(a, b, this.options.explainTerms, this.label);
    return { score: Math.min(1, score), sharedTerms };
  }

  /** The first n terms `pickTerms` keeps from the ranking of terms[from..to) by their weights. */
  private pick(terms: ArrayLike<number>, weights: ArrayLike<number>, n: number, from = 0, to = terms.length): Keyword[] {
    this.ranking ??= new TermRanking(this.label);
    // Picking skips a few terms (words of picked phrases, repeated labels): it reads some more than n.
    return pickTerms(this.ranking.reset(terms, weights, 2 * n + 8, from, to), n, this.data.terms, this.label);
  }

  private checkTermId(termId: number): void {
    if (!Number.isInteger(termId) || termId < 0 || termId >= this.vocabularySize) {
      throw textError(`unknown term id ${String(termId)}: term ids go from 0 to vocabularySize - 1 (${this.vocabularySize - 1}).`);
    }
  }

  /** A view (no copy) of a document's vector. */
  private row(position: number): SparseVector {
    const { start, index, value } = this.data.arrays.docs;
    return { terms: index.subarray(start[position], start[position + 1]), weights: value.subarray(start[position], start[position + 1]) };
  }
}
