import type { RankedTerms } from "./term-ranking.js";
import type { Keyword } from "./types.js";

/**
 * The words of each term's key, as word ids (equal ids for equal words): one
 * for a word, two for a phrase ("digit skill").
 */
export interface TermWords {
  wordCount(termId: number): number;
  /** The i-th word of the term's key (0 <= i < wordCount). */
  word(termId: number, i: number): number;
}

/**
 * The first `n` terms of a best-first ranking, without repeating a phrase's own
 * words: once "digital skills" is picked, "digital" and "skills" add nothing, so
 * a word already picked gives its place to the phrase and a word of a picked
 * phrase is skipped. Terms showing the same label (a cognate stemmed in two
 * languages) are kept once. Weights are left as they are, so the result stays
 * best first. The ranking is read only as far as needed.
 */
export function pickTerms(ranked: RankedTerms, n: number, words: TermWords, label: (termId: number) => string): Keyword[] {
  const picked: Keyword[] = [];
  // Per picked term: its word id if it is a word, -1 for a phrase.
  const pickedWord: number[] = [];
  const wordsOfPhrases: number[] = [];
  // Plain arrays, not sets: n is small (a dozen), so scanning them is cheaper than hashing.
  while (picked.length < n && ranked.next()) {
    const { termId, weight } = ranked;
    const termLabel = label(termId);
    if (hasLabel(picked, termLabel)) continue;
    const wordCount = words.wordCount(termId);
    if (wordCount === 1) {
      const word = words.word(termId, 0);
      if (wordsOfPhrases.includes(word)) continue;
      pickedWord.push(word);
    } else {
      for (let w = 0; w < wordCount; w++) wordsOfPhrases.push(words.word(termId, w));
      // A picked word that is one of the phrase's words gives its place to it.
      for (let i = picked.length - 1; i >= 0; i--) {
        if (pickedWord[i] >= 0 && isWordOf(words, pickedWord[i], termId, wordCount)) {
          picked.splice(i, 1);
          pickedWord.splice(i, 1);
        }
      }
      pickedWord.push(-1);
    }
    picked.push({ term: termLabel, weight });
  }
  return picked;
}

function hasLabel(picked: readonly Keyword[], label: string): boolean {
  for (let i = 0; i < picked.length; i++) if (picked[i].term === label) return true;
  return false;
}

function isWordOf(words: TermWords, word: number, termId: number, wordCount: number): boolean {
  for (let w = 0; w < wordCount; w++) if (words.word(termId, w) === word) return true;
  return false;
}
