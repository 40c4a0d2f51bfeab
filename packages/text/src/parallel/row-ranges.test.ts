import { describe, expect, it } from "vitest";
import { rangeStarts } from "./row-ranges.js";

describe("rangeStarts", () => {
  it("cuts documents into ranges of about as many sequence entries", () => {
    // Ten documents of 10 entries, then one of 100.
    const documentStart = Int32Array.from({ length: 12 }, (_, doc) => (doc <= 10 ? doc * 10 : 200));
    expect(rangeStarts(documentStart, 11, 1)).toEqual([0]);
    expect(rangeStarts(documentStart, 11, 2)).toEqual([0, 10]);
    // The last document alone holds half the entries.
    expect(rangeStarts(documentStart, 11, 4)).toEqual([0, 5, 10, 11]);
  });

  it("gives empty ranges when there are more parts than documents", () => {
    expect(rangeStarts(Int32Array.from([0, 3]), 1, 3)).toEqual([0, 1, 1]);
    expect(rangeStarts(Int32Array.from([0]), 0, 2)).toEqual([0, 0]);
  });
});
