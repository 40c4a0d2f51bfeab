import type { TermCounts } from "./weighted-rows.js";
import type { CsrMatrix } from "./topk.js";
import { smoothIdf, sublinearTf } from "./weighting.js";

/**
 * Inverse document frequencies for a corpus of several languages, and the rows
 * weighted again with them.
 *
 * A plain idf counts documents: in a call where most proposals are in English,
 * the everyday words of the Spanish ones ("trabajo", "personas") are in few
 * documents overall, so they weigh as much as a rare theme and link Spanish
 * proposals because they are Spanish, not because they share a theme. Here each
 * document counts N / N(L) times, N(L) being the documents of its language L: a
 * word found in 60% of the Spanish proposals gets the idf a word found in 60% of
 * all proposals gets, as "skills" does in English. In a corpus of one language
 * nothing changes (the caller skips this).
 *
 * `idf` is overwritten with the weighted idf, and `rows.value` with the
 * L2-normalised sublinear-tf x idf recomputed from `counts`.
 */
export function weighByLanguage(
  rows: CsrMatrix,
  counts: TermCounts,
  idf: Float64Array,
  documentLanguages: ArrayLike<number>,
): void {
  const documents = rows.start.length - 1;
  const perLanguage = new Map<number, number>();
  for (let doc = 0; doc < documents; doc++) perLanguage.set(documentLanguages[doc], (perLanguage.get(documentLanguages[doc]) ?? 0) + 1);

  const frequency = new Float64Array(idf.length);
  for (let doc = 0; doc < documents; doc++) {
    const weight = documents / (perLanguage.get(documentLanguages[doc]) as number);
    for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) frequency[rows.index[p]] += weight;
  }
  // A frequency can exceed N by rounding only; smoothIdf stays >= 1 for df <= N.
  for (let term = 0; term < idf.length; term++) idf[term] = smoothIdf(documents, Math.min(documents, frequency[term]));

  for (let doc = 0; doc < documents; doc++) {
    const from = rows.start[doc];
    const to = rows.start[doc + 1];
    let squares = 0;
    for (let p = from; p < to; p++) {
      const weight = sublinearTf(counts[p]) * idf[rows.index[p]];
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares);
    for (let p = from; p < to; p++) rows.value[p] = (sublinearTf(counts[p]) * idf[rows.index[p]]) / norm;
  }
}
