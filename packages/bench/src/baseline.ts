import { TfIdf } from "natural/lib/natural/tfidf/index.js";

/** A document of the baseline: the same text our pipeline indexes. */
export interface BaselineDocument {
  id: string;
  text: string;
}

export interface BaselineOptions {
  /** Neighbours kept per document. */
  k: number;
  minScore: number;
  /** Give up after this many milliseconds (checked between rows of the pair loop). */
  capMs: number;
}

export const baselineDefaults: BaselineOptions = { k: 8, minScore: 0.1, capMs: 60_000 };

export interface BaselineNeighbour {
  id: string;
  score: number;
}

export interface BaselineResult {
  /** False when the time cap stopped it: `ms` is then a lower bound. */
  completed: boolean;
  /** Time to fill natural's TfIdf and read out every document's weights. */
  tfidfMs: number;
  /** Time of the all-pairs cosine and the per-document top-k. */
  pairsMs: number;
  ms: number;
  /** Each document's top-k neighbours, best first (ties by id); empty when not completed. */
  neighbours: BaselineNeighbour[][];
}

/**
 * The obvious approach we compare against: natural's TfIdf class, each
 * document's weights turned into an L2-normalised map, then cosine similarity
 * of every pair and a sort of each row.
 */
export function naturalTopK(documents: readonly BaselineDocument[], options: Partial<BaselineOptions> = {}): BaselineResult {
  const settings = { ...baselineDefaults, ...options };
  const start = performance.now();
  const deadline = start + settings.capMs;

  const tfidf = new TfIdf();
  for (const document of documents) tfidf.addDocument(document.text);
  const vectors = documents.map((_, index) => normalise(tfidf.listTerms(index)));
  const tfidfMs = performance.now() - start;

  const n = documents.length;
  const scores = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    if (performance.now() > deadline) {
      return { completed: false, tfidfMs, pairsMs: performance.now() - start - tfidfMs, ms: performance.now() - start, neighbours: [] };
    }
    for (let j = i + 1; j < n; j++) {
      const score = cosine(vectors[i]!, vectors[j]!);
      scores[i * n + j] = score;
      scores[j * n + i] = score;
    }
  }
  const neighbours = documents.map((_, i) => topOfRow(scores, i, n, documents, settings));
  const ms = performance.now() - start;
  return { completed: true, tfidfMs, pairsMs: ms - tfidfMs, ms, neighbours };
}

function normalise(terms: readonly { term: string; tfidf: number }[]): Map<string, number> {
  const norm = Math.sqrt(terms.reduce((sum, { tfidf }) => sum + tfidf * tfidf, 0));
  const vector = new Map<string, number>();
  if (norm === 0) return vector;
  for (const { term, tfidf } of terms) vector.set(term, tfidf / norm);
  return vector;
}

/** Dot product of two normalised vectors, walking the smaller one. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}

function topOfRow(
  scores: Float64Array,
  row: number,
  n: number,
  documents: readonly BaselineDocument[],
  settings: BaselineOptions,
): BaselineNeighbour[] {
  const candidates: BaselineNeighbour[] = [];
  for (let j = 0; j < n; j++) {
    const score = scores[row * n + j]!;
    if (j !== row && score >= settings.minScore && score > 0) candidates.push({ id: documents[j]!.id, score });
  }
  candidates.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return candidates.slice(0, settings.k);
}
