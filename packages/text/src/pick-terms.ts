import type { Keyword } from "./types.js";

export interface RankedTerm {
  termId: number;
  weight: number;
}

/**
 * The first `n` terms of a best-first list, without repeating a phrase's own
 * words: once "digital skills" is picked, "digital" and "skills" add nothing, so
 * a word already picked gives its place to the phrase and a word of a picked
 * phrase is skipped. Terms showing the same label (a cognate stemmed in two
 * languages) are kept once. Weights are left as they are, so the result stays
 * best first.
 */
export function pickTerms(
  ranked: readonly RankedTerm[],
  n: number,
  key: (termId: number) => string,
  label: (termId: number) => string,
): Keyword[] {
  const picked: { key: string; keyword: Keyword }[] = [];
  const wordsOfPhrases = new Set<string>();
  const labels = new Set<string>();
  for (const { termId, weight } of ranked) {
    if (picked.length >= n) break;
    const termKey = key(termId);
    const termLabel = label(termId);
    if (labels.has(termLabel)) continue;
    const words = termKey.split(" ");
    if (words.length === 1) {
      if (wordsOfPhrases.has(termKey)) continue;
    } else {
      for (const word of words) wordsOfPhrases.add(word);
      for (let i = picked.length - 1; i >= 0; i--) {
        if (words.includes(picked[i].key)) {
          labels.delete(picked[i].keyword.term);
          picked.splice(i, 1);
        }
      }
    }
    labels.add(termLabel);
    picked.push({ key: termKey, keyword: { term: termLabel, weight } });
  }
  return picked.map((entry) => entry.keyword);
}
