/**
 * English-like synthetic words made of syllables ("bramet", "ostrel"). The
 * word of rank r is drawn shorter when r is small, as in real languages,
 * where frequent words are short.
 */
import type { Rng } from "../rng.js";

const ONSETS = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "z", ""];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io"];
const CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "rk", "x"];

// Real English function words the syllables could spell; they would be dropped as stopwords.
const EXCLUDED = new Set(["the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "her", "was", "one", "our", "out", "his", "has", "how", "its", "may", "new", "now", "see", "two", "who", "did", "get", "him", "let", "say", "she", "too", "use", "this", "that", "with", "have", "from", "they", "then", "than", "them", "were", "been", "some", "into", "only", "over", "such", "most", "each", "just", "made", "many", "much", "must", "same", "well", "when", "will", "more", "here", "also", "very", "what", "your", "these", "those", "there", "their", "where", "which", "while"]);

function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
}

/** `size` distinct lower-case words; index = frequency rank. */
export function buildVocabulary(rng: Rng, size: number): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < size) {
    const rank = words.length;
    const syllables = rank < 150 ? rng.int(1, 2) : rank < 3000 ? rng.int(2, 3) : rng.int(2, 4);
    // join() gives a flat string; "+=" would leave a rope that every later join of the corpus walks again.
    const word = Array.from({ length: syllables }, () => syllable(rng)).join("");
    if (word.length < 3 || seen.has(word) || EXCLUDED.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}
