import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import { buildVocabulary } from "./vocabulary.js";

describe("buildVocabulary", () => {
  const words = buildVocabulary(createRng(1), 5000);

  it("makes distinct lower-case words of at least three letters", () => {
    expect(words).toHaveLength(5000);
    expect(new Set(words).size).toBe(5000);
    for (const word of words) expect(word).toMatch(/^[a-z]{3,}$/);
    expect(words).not.toContain("the");
  });

  it("makes frequent words shorter, as natural languages do", () => {
    const mean = (list: string[]) => list.reduce((s, w) => s + w.length, 0) / list.length;
    expect(mean(words.slice(0, 100))).toBeLessThan(mean(words.slice(4000)) - 2);
  });
});
