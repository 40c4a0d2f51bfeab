import { describe, expect, it } from "vitest";
import { pickTerms } from "./pick-terms.js";

describe("pickTerms", () => {
  const keys = ["digit", "skill", "digit skill", "youth", "digital", "women"];
  const labels = ["digital", "skills", "digital skills", "youth", "digital", "women"];
  const pick = (order: number[], n: number) =>
    pickTerms(
      order.map((termId, i) => ({ termId, weight: 10 - i })),
      n,
      (termId) => keys[termId],
      (termId) => labels[termId],
    ).map((k) => k.term);

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
