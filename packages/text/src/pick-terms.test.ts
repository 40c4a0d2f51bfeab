import { describe, expect, it } from "vitest";
import { pickTerms } from "./pick-terms.js";

describe("pickTerms", () => {
  const keys = ["digit", "skill", "digit skill", "youth", "digital", "women"];
  const labels = ["digital", "skills", "digital skills", "youth", "digital", "women"];
  // The words of each key, as ids: the index of the word's own key.
  const words = keys.map((key) => key.split(" ").map((word) => keys.indexOf(word)));
  const pick = (order: number[], n: number) => {
    let at = -1;
    const ranked = {
      next: () => ++at < order.length,
      get termId() {
        return order[at];
      },
      get weight() {
        return 10 - at;
      },
    };
    const termWords = { wordCount: (termId: number) => words[termId].length, word: (termId: number, i: number) => words[termId][i] };
    return pickTerms(ranked, n, termWords, (termId) => labels[termId]).map((k) => k.term);
  };

  it("lets a phrase take the place of its own words", () => {
    expect(pick([0, 2, 1, 3], 3)).toEqual(["digital skills", "youth"]);
    expect(pick([0, 2, 1, 3, 5], 3)).toEqual(["digital skills", "youth", "women"]);
  });

  it("skips a word of a phrase already picked", () => {
    expect(pick([2, 0, 3, 1], 3)).toEqual(["digital skills", "youth"]);
  });

  it("shows a label once even when two terms share it", () => {
    expect(pick([0, 4, 3], 3)).toEqual(["digital", "youth"]);
  });
});
