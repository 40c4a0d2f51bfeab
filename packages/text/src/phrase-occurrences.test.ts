import { describe, expect, it } from "vitest";
import { PhraseOccurrences } from "./phrase-occurrences.js";
import { BOOSTED, PHRASE_HYPHEN, PHRASE_SPACE } from "./sequence.js";

/** A scanned corpus where item i is word i: per document, its words and whether each makes a phrase with the one before. */
function source(documents: [number, number][][]) {
  const sequence: number[] = [];
  const documentStart = [0];
  for (const doc of documents) {
    for (const [word, link] of doc) sequence.push(word < 0 ? BOOSTED : word * 4 + link);
    documentStart.push(sequence.length);
  }
  return {
    documents: documents.length,
    wordCount: 5,
    documentStart: Int32Array.from(documentStart),
    sequence: Int32Array.from(sequence),
    itemWord: Int32Array.from([0, 1, 2, 3, 4]),
    itemSurface: Int32Array.from([0, 1, 2, 3, 4]),
    surfaces: ["w0", "w1", "w2", "w3", "w4"],
  };
}

describe("PhraseOccurrences", () => {
  const S = PHRASE_SPACE;
  const H = PHRASE_HYPHEN;
  // Phrases: (0,1) in docs 0, 1 and twice in 2; (1,2) in doc 0; (3,4) in docs 1 and 2 (after a keyword marker); (2,0) in doc 2.
  const documents: [number, number][][] = [
    [[0, 0], [1, S], [2, S]],
    [[0, 0], [1, H], [3, 0], [4, S]],
    [[0, 0], [1, S], [4, 0], [2, 0], [0, S], [1, S], [-1, 0], [3, 0], [4, S]],
  ];

  it("counts the documents each phrase is in, by first then second word", () => {
    const phrases = new PhraseOccurrences(source(documents));
    expect(phrases.size).toBe(8);
    const counted = phrases.count(() => true);
    expect(Array.from(counted.first)).toEqual([0, 1, 2, 3]);
    expect(Array.from(counted.second)).toEqual([1, 2, 0, 4]);
    expect(Array.from(counted.documentFrequency)).toEqual([3, 1, 1, 2]);
  });

  it("replays the occurrences in sequence order with the term ids of the kept phrases", () => {
    const phrases = new PhraseOccurrences(source(documents));
    const counted = phrases.count((df) => df >= 2);
    expect(Array.from(counted.first)).toEqual([0, 3]);
    phrases.assignTerms(counted, Int32Array.from([100, 101]));
    // In the order of the sequence: (0,1) (1,2) | (0,1) (3,4) | (0,1) (2,0) (0,1) (3,4); (1,2) and (2,0) are dropped.
    expect(Array.from(phrases.terms)).toEqual([100, -1, 100, 101, 100, -1, 100, 101]);
  });
});
