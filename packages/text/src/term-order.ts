import { compareStrings } from "./fold.js";

/**
 * Alphabetical order of term keys, where a phrase's key is its two word keys
 * joined by a space. Word keys hold no character at or below the space, so a
 * word comes right before the phrases it starts, and phrases follow the order
 * of their words: ranking the words is enough, and the phrases (often millions)
 * are sorted as pairs of ranks (counting sorts), never as strings.
 */
export interface TermsToOrder {
  wordKeys: readonly string[];
  /** Word ids kept as terms of their own. */
  words: ArrayLike<number>;
  /** Kept phrases as word id pairs: phrase p is (firstWords[p], secondWords[p]). */
  firstWords: ArrayLike<number>;
  secondWords: ArrayLike<number>;
}

/** Terms in key order: a word id w as w, phrase p as -(p + 1). */
export function orderTerms(terms: TermsToOrder): Int32Array {
  const { wordKeys, words, firstWords, secondWords } = terms;
  const phraseCount = firstWords.length;
  const needed = new Uint8Array(wordKeys.length);
  for (let i = 0; i < words.length; i++) needed[words[i]] = 1;
  for (let p = 0; p < phraseCount; p++) needed[firstWords[p]] = needed[secondWords[p]] = 1;
  const ranked: number[] = [];
  for (let word = 0; word < wordKeys.length; word++) if (needed[word] === 1) ranked.push(word);
  ranked.sort((a, b) => compareStrings(wordKeys[a], wordKeys[b]));
  if (ranked.some((word) => LOW_CHARACTER.test(wordKeys[word]))) return orderByKeys(terms);

  const rank = new Int32Array(wordKeys.length);
  ranked.forEach((word, position) => (rank[word] = position));
  const isWord = new Uint8Array(wordKeys.length);
  for (let i = 0; i < words.length; i++) isWord[words[i]] = 1;
  // Phrases by (rank of first word, rank of second): two stable counting sorts, least significant first.
  const identity = new Int32Array(phraseCount);
  for (let p = 0; p < phraseCount; p++) identity[p] = p;
  const bySecond = countingSort(identity, ranksOf(rank, secondWords), ranked.length);
  const byFirst = countingSort(bySecond, ranksOf(rank, firstWords), ranked.length);
  const order = new Int32Array(words.length + phraseCount);
  let at = 0;
  let next = 0;
  for (let position = 0; position < ranked.length; position++) {
    if (isWord[ranked[position]] === 1) order[at++] = ranked[position];
    while (next < phraseCount && rank[firstWords[byFirst[next]]] === position) order[at++] = -(byFirst[next++] + 1);
  }
  return order;
}

/** Per phrase, the rank of its word in `words`. */
function ranksOf(rank: Int32Array, words: ArrayLike<number>): Int32Array {
  const ranks = new Int32Array(words.length);
  for (let p = 0; p < words.length; p++) ranks[p] = rank[words[p]];
  return ranks;
}

/** `items` (phrases) stably sorted by their key in 0 .. keys - 1 (`keyOf[item]`). */
function countingSort(items: Int32Array, keyOf: Int32Array, keys: number): Int32Array {
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < items.length; i++) start[keyOf[items[i]] + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const sorted = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) sorted[start[keyOf[items[i]]]++] = items[i];
  return sorted;
}

const LOW_CHARACTER = /[\u0000-\u0020]/;

/** The general case, should a word key ever hold a character at or below the space. */
function orderByKeys(terms: TermsToOrder): Int32Array {
  const { wordKeys, words, firstWords, secondWords } = terms;
  const entries: { term: number; key: string }[] = [];
  for (let i = 0; i < words.length; i++) entries.push({ term: words[i], key: wordKeys[words[i]] });
  for (let p = 0; p < firstWords.length; p++) entries.push({ term: -(p + 1), key: `${wordKeys[firstWords[p]]} ${wordKeys[secondWords[p]]}` });
  entries.sort((a, b) => compareStrings(a.key, b.key));
  return Int32Array.from(entries, (entry) => entry.term);
}
