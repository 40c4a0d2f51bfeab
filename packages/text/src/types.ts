/**
 * Types of @skills-network/text: documents in, a similarity index out.
 * Terms are integer ids inside the index; every score that leaves it is
 * explained by the shared terms (in a readable surface form) that make it up.
 */

/** A document to index: one proposal's text in its main language. */
export interface TextDocument {
  id: string;
  /** ISO 639-1 code, or null when unknown (language-neutral analysis is used). */
  language: string | null;
  /** Free text (title, description, objectives, ...), already joined by the caller. */
  text: string;
  /** Keywords given by the author; weighted like `keywordBoost` occurrences. */
  keywords?: readonly string[];
}

/** One analysed term occurrence. `term` is the matching key, `display` the form to show a person. */
export interface AnalyzedTerm {
  /** Folded (case, accents), stemmed key; two-word phrases are joined by a space. */
  term: string;
  /** Surface form as written (lower case), e.g. "apprenticeships" or "formation professionnelle". */
  display: string;
}

export interface AnalyzerInfo {
  language: string | null;
  /** True when the language has stopwords and a stemmer; false means the neutral fallback was used. */
  supported: boolean;
  stemmer: string | null;
}

/** A term that two texts share and how much it adds to their cosine score. */
export interface SharedTerm {
  /** Readable form (most frequent surface form across the corpus). */
  term: string;
  /** Contribution to the cosine: product of the two normalised weights. The contributions sum to the score. */
  weight: number;
}

export interface Match {
  id: string;
  /** Cosine similarity in [0, 1]. */
  score: number;
  /** Largest contributions first, at most `explainTerms` of them. */
  sharedTerms: SharedTerm[];
}

/** An undirected similarity link, reported once with source < target (string order). */
export interface SimilarityLink {
  source: string;
  target: string;
  score: number;
  sharedTerms: SharedTerm[];
}

/**
 * Similarity links in flat arrays, with no object per link: what the pipeline
 * hands from the text index to the graph. Link i joins the documents at
 * positions source[i] and target[i] of `ids` (source first in id order); each
 * pair once, sorted by (source, target) in id order. Its shared terms are
 * sharedTerm[sharedStart[i]] .. sharedTerm[sharedStart[i + 1] - 1] (indices into
 * `terms`, largest contribution first) and their contributions sharedWeight[...].
 */
export interface LinkTable {
  /** Document ids, in index order. */
  ids: readonly string[];
  source: Uint32Array;
  target: Uint32Array;
  /** Cosine in [0, 1]. */
  score: Float64Array;
  /** Length links + 1. */
  sharedStart: Uint32Array;
  sharedTerm: Uint32Array;
  sharedWeight: Float64Array;
  /** Readable form of each shared term. */
  terms: readonly string[];
}

export interface Keyword {
  term: string;
  weight: number;
}

export interface IndexOptions {
  /** Add two-word key phrases ("digital skills") as terms. */
  phrases: boolean;
  /** A given keyword counts like this many occurrences in the text. */
  keywordBoost: number;
  /** Drop terms found in more than this share of documents (they link everything to everything). */
  maxDocumentFrequency: number;
  /** Drop terms found in fewer documents than this (0 or 1 keeps all). */
  minDocumentFrequency: number;
  /** How many shared terms explain each match. */
  explainTerms: number;
}

export interface SearchOptions {
  /** At most this many matches. */
  k: number;
  /** Only matches with a score at least this. */
  minScore: number;
  /** Keep only the ids for which this returns true. */
  filter?: (id: string) => boolean;
}

export interface QueryOptions extends SearchOptions {
  /** Language of the query text; detected by the caller or assumed null (neutral). */
  language?: string | null;
}

export interface NeighbourOptions {
  k: number;
  minScore: number;
}

/** Sparse L2-normalised TF-IDF vector: term ids ascending, weights aligned. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float32Array;
}

export interface SimilarityIndex {
  /** Document ids in index order. */
  readonly ids: readonly string[];
  readonly options: IndexOptions;
  /** Number of distinct terms kept. */
  readonly vocabularySize: number;
  has(id: string): boolean;
  /** The document's TF-IDF vector, or undefined for an unknown id. */
  vector(id: string): SparseVector | undefined;
  /** Readable form of a term id. */
  termLabel(termId: number): string;
  /**
   * Every document's top-k neighbours with score >= minScore, as undirected links
   * (a pair appears once even if each is in the other's top-k).
   */
  neighbours(options: NeighbourOptions): SimilarityLink[];
  /** `neighbours` as a flat `LinkTable` (no object per link, sorted by source and target): for large corpora. */
  neighbourTable(options: NeighbourOptions): LinkTable;
  /**
   * Frees what only searches (neighbours, similarTo, query) use until the next
   * search, which rebuilds it with the same results: less memory while the
   * caller does other work. Everything else answers as before.
   */
  dropPostings(): void;
  /** Documents most similar to a known document, excluding itself. Throws for an unknown id. */
  similarTo(id: string, options: SearchOptions): Match[];
  /** Documents most similar to a free text. */
  query(text: string, options: QueryOptions): Match[];
  /** The document's highest-weighted terms. */
  keywords(id: string, n: number): Keyword[];
  /** `keywords(id, n)` of every document, in the order of `ids`: one call for a whole corpus. */
  allKeywords(n: number): Keyword[][];
  /**
   * Class-based TF-IDF: for each group of document ids, the n terms most
   * distinctive of that group compared with the others.
   */
  distinctiveTerms(groups: readonly (readonly string[])[], n: number): Keyword[][];
}

export interface AnalyzeOptions {
  /** Add two-word key phrases after their second word. */
  phrases: boolean;
}
