import { readFile } from "node:fs/promises";
import { buildIndex, proposalToDocument, readProposals } from "@skills-network/core";
import { naturalTopK, type BaselineOptions } from "./baseline.js";

/** Our TF-IDF + top-k against natural's TfIdf + all pairs, on the same documents. */
export interface ComparisonResult {
  size: number;
  ours: { tfidfMs: number; topkMs: number; ms: number };
  natural: { completed: boolean; tfidfMs: number; pairsMs: number; ms: number };
  /** natural.ms / ours.ms; a lower bound when natural hit its time cap. */
  speedup: number;
  /**
   * Mean share of a document's top-k that both find (|A ∩ B| / max(|A|, |B|)).
   * They tokenise differently (natural: English words; ours: stems, phrases,
   * per language), so this says they rank alike, not that they are equal.
   */
  overlap: number | null;
}

/**
 * Both run once on a few documents first, so that module loading, lazy tables
 * (stemmers, stopwords) and the first JIT passes are not in either time.
 */
const WARM_UP_DOCUMENTS = 20;

type TextDocument = ReturnType<typeof proposalToDocument>;

function warmUp(documents: TextDocument[], options: Pick<BaselineOptions, "k" | "minScore" | "capMs">): void {
  buildIndex(documents).neighbours({ k: options.k, minScore: options.minScore });
  naturalTopK(
    documents.map(({ id, text }) => ({ id, text })),
    options,
  );
}

export async function compareWithNatural(
  file: string,
  size: number,
  options: Pick<BaselineOptions, "k" | "minScore" | "capMs">,
): Promise<ComparisonResult> {
  const { proposals } = readProposals(await readFile(file, "utf8"), { fileName: file });
  const documents = proposals.map(proposalToDocument);
  warmUp(documents.slice(0, WARM_UP_DOCUMENTS), options);

  const start = performance.now();
  const index = buildIndex(documents);
  const tfidfMs = performance.now() - start;
  index.neighbours({ k: options.k, minScore: options.minScore });
  const ms = performance.now() - start;

  const natural = naturalTopK(
    documents.map(({ id, text }) => ({ id, text })),
    options,
  );
  let overlap: number | null = null;
  if (natural.completed) {
    let sum = 0;
    documents.forEach((document, position) => {
      const ours = new Set(index.similarTo(document.id, options).map((match) => match.id));
      const theirs = natural.neighbours[position]!.map((neighbour) => neighbour.id);
      const larger = Math.max(ours.size, theirs.length);
      sum += larger === 0 ? 1 : theirs.filter((id) => ours.has(id)).length / larger;
    });
    overlap = documents.length === 0 ? null : sum / documents.length;
  }
  return {
    size,
    ours: { tfidfMs, topkMs: ms - tfidfMs, ms },
    natural: { completed: natural.completed, tfidfMs: natural.tfidfMs, pairsMs: natural.pairsMs, ms: natural.ms },
    speedup: natural.ms / ms,
    overlap,
  };
}
