import { describe, expect, it } from "vitest";
import { BOOSTED } from "./sequence.js";
import { joinRows, weighRange, type RowSource } from "./weighted-rows.js";

/** Documents of words (item i is word i is term i), -1 marking where the keywords start; no phrases. */
function source(documents: number[][], keywordBoost: number): RowSource {
  const sequence: number[] = [];
  const documentStart = [0];
  for (const doc of documents) {
    for (const word of doc) sequence.push(word < 0 ? BOOSTED : word * 4);
    documentStart.push(sequence.length);
  }
  return {
    documentStart: Int32Array.from(documentStart),
    sequence: Int32Array.from(sequence),
    itemWord: Int32Array.from([0, 1, 2]),
    termOfWord: Int32Array.from([0, 1, -1]),
    phraseTerms: new Int32Array(0),
    keywordBoost,
    idf: null,
  };
}

const rowsOf = (documents: number[][], keywordBoost: number) => {
  const scanned = source(documents, keywordBoost);
  const split = Math.floor(documents.length / 2);
  return joinRows([weighRange(scanned, 0, split, new Int32Array(0)), weighRange(scanned, split, documents.length, new Int32Array(0))]);
};

describe("weighRange and joinRows", () => {
  it("counts each kept term of a document, keywords boosted, in the smallest array that holds the counts", () => {
    const documents = [[0, 1, 0, 2], [1, -1, 0], [2, 2], [0, -1, 1, 1]];
    const whole = rowsOf(documents, 2);
    expect(Array.from(whole.matrix.start)).toEqual([0, 2, 4, 4, 6]);
    expect(Array.from(whole.matrix.index)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(whole.counts).toBeInstanceOf(Uint8Array);
    expect(Array.from(whole.counts)).toEqual([2, 1, 2, 1, 1, 4]);

    const fractional = rowsOf(documents, 1.5);
    expect(fractional.counts).toBeInstanceOf(Float32Array);
    expect(Array.from(fractional.counts)).toEqual([2, 1, 1.5, 1, 1, 3]);
  });

  it("keeps counts above 255 exactly, across the ranges joined, whether documents are longer than 16 bits count or not", () => {
    const long = Array.from({ length: 77000 }, (_, i) => (i % 11 === 0 ? 1 : 0));
    const rows = rowsOf([[1, 0], long, [0, 0, 0], long], 1);
    expect(rows.counts).toBeInstanceOf(Float32Array);
    expect(Array.from(rows.counts)).toEqual([1, 1, 70000, 7000, 3, 70000, 7000]);

    const shorter = long.slice(0, 7700);
    const fits = rowsOf([[1, 0], shorter, [0, 0, 0], shorter], 3);
    expect(fits.counts).toBeInstanceOf(Uint16Array);
    expect(Array.from(fits.counts)).toEqual([1, 1, 7000, 700, 3, 7000, 700]);
  });
});
