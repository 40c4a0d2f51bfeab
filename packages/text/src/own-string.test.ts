import { describe, expect, it } from "vitest";
import { ownString } from "./own-string.js";

describe("ownString", () => {
  it("gives an equal string, short or long, cut from a longer text or not", () => {
    const text = "Youth apprenticeships in renewable energy installation for rural communities";
    for (const [start, end] of [[0, 5], [6, 21], [25, 75], [0, text.length]]) {
      const word = text.slice(start, end);
      expect(ownString(word)).toBe(word);
    }
    expect(ownString("")).toBe("");
    expect(ownString("éducation-professionnelle")).toBe("éducation-professionnelle");
  });
});
