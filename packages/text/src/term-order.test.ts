import { describe, expect, it } from "vitest";
import { compareStrings } from "./fold.js";
import { orderTerms } from "./term-order.js";

const keysOf = (wordKeys: string[], order: Int32Array, first: number[], second: number[]) =>
  Array.from(order, (entry) => (entry >= 0 ? wordKeys[entry] : `${wordKeys[first[-entry - 1]]} ${wordKeys[second[-entry - 1]]}`));

describe("orderTerms", () => {
  it("puts words and phrases in the alphabetical order of their keys", () => {
    const wordKeys = ["skill", "digit", "ab", "abc", "a", "aujourd'hui", "éduc", "z9", "digital"];
    const words = [0, 1, 3, 4, 5, 6, 8];
    // Phrases may use words that are not terms themselves ("ab", "z9").
    const first = [1, 2, 2, 3, 0, 7, 1, 4];
    const second = [0, 7, 3, 1, 1, 0, 8, 2];
    const order = orderTerms({ wordKeys, words, firstWords: first, secondWords: second });
    const keys = keysOf(wordKeys, order, first, second);
    expect(keys).toEqual([...keys].sort(compareStrings));
    expect(keys).toHaveLength(words.length + first.length);
    expect(keys.slice(0, 4)).toEqual(["a", "a ab", "ab abc", "ab z9"]);
  });

  it("falls back to comparing whole keys when a word holds a character below the space", () => {
    const wordKeys = ["a\tb", "a", "b"];
    const order = orderTerms({ wordKeys, words: [0, 1, 2], firstWords: [1], secondWords: [2] });
    const keys = keysOf(wordKeys, order, [1], [2]);
    expect(keys).toEqual(["a", "a\tb", "a b", "b"]);
  });
});
