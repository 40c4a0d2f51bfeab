import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, categoryIdOf } from "../labels.js";
import { countWords } from "../wording/grammar.js";
import { MULTI_VALUE_SEPARATOR, RAW_COLUMNS } from "../types.js";
import { corpusRecords, defaults, generateCorpus } from "./generate-corpus.js";

const corpus = generateCorpus({ size: 400, seed: 11 });

function wordCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^a-z]+/)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

describe("generateCorpus", () => {
  it("is deterministic for a seed and differs for another", () => {
    expect(generateCorpus({ size: 400, seed: 11 })).toEqual(corpus);
    expect(generateCorpus({ size: 400, seed: 12 })[0].description).not.toBe(corpus[0].description);
    expect(Array.from(corpusRecords({ size: 400, seed: 11 }))).toEqual(corpus);
  });

  it("makes as many records as asked, in the input shape, with unique ids", () => {
    expect(defaults).toMatchObject({ minWords: 100, maxWords: 300, vocabulary: 20000, zipf: 1.07 });
    expect(corpus).toHaveLength(400);
    expect(new Set(corpus.map((r) => r.id)).size).toBe(400);
    for (const record of corpus) expect(Object.keys(record)).toEqual([...RAW_COLUMNS]);
    expect(generateCorpus({ size: 0 })).toEqual([]);
  });

  it("writes proposals within the word bounds (all their texts together), using the whole range", () => {
    const words = (r: (typeof corpus)[number]) => [r.description, r.objectives, r.impact, r.results].reduce((sum, text) => sum + countWords(text), 0);
    const lengths = corpus.map(words);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(300);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(150);
    // Most words are the description's; objectives, impact and results have 4 to 10% each.
    for (const record of corpus) {
      const total = words(record);
      expect(countWords(record.description)).toBeGreaterThanOrEqual(0.7 * total);
      for (const text of [record.objectives, record.impact, record.results]) {
        expect(countWords(text)).toBeGreaterThanOrEqual(Math.round(0.04 * total));
        expect(countWords(text)).toBeLessThanOrEqual(Math.round(0.1 * total));
      }
    }
    const short = generateCorpus({ size: 50, minWords: 10, maxWords: 12 }).map(words);
    expect(Math.min(...short)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...short)).toBeLessThanOrEqual(12);
  });

  it("follows a Zipf-like law: the top word is far more frequent than the 100th", () => {
    const ranked = [...wordCounts(corpus.map((r) => r.description)).values()].sort((a, b) => b - a);
    expect(ranked[0]).toBeGreaterThan(ranked[99] * 20);
    expect(ranked[9]).toBeGreaterThan(ranked[99] * 3);
  });

  it("draws words from a vocabulary of the requested size", () => {
    const small = generateCorpus({ size: 300, vocabulary: 500, seed: 2 });
    const distinct = wordCounts(small.map((r) => r.description)).size;
    expect(distinct).toBeLessThanOrEqual(500);
    expect(distinct).toBeGreaterThan(400);
  });

  it("shares topic words: records with a keyword in common are more alike than records without", () => {
    const words = corpus.map((r) => new Set(r.description.toLowerCase().split(/[^a-z]+/)));
    const keywords = corpus.map((r) => new Set(r.keywords.split(MULTI_VALUE_SEPARATOR)));
    const overlap = (i: number, j: number) => [...words[i]].filter((w) => words[j].has(w)).length / Math.min(words[i].size, words[j].size);
    let related = 0, relatedCount = 0, unrelated = 0, unrelatedCount = 0;
    for (let i = 0; i < 150; i++) {
      for (let j = i + 1; j < 150; j++) {
        const shares = [...keywords[i]].some((k) => keywords[j].has(k));
        if (shares) { related += overlap(i, j); relatedCount++; }
        else { unrelated += overlap(i, j); unrelatedCount++; }
      }
    }
    expect(relatedCount).toBeGreaterThan(20);
    expect(related / relatedCount).toBeGreaterThan((unrelated / unrelatedCount) * 1.3);
  });

  it("fills the other columns with valid values: categories, real countries, mostly English", () => {
    for (const record of corpus) {
      for (const label of record.categories.split(MULTI_VALUE_SEPARATOR)) expect(CATEGORY_IDS).toContain(categoryIdOf(label));
    }
    expect(new Set(corpus.map((r) => r.country)).size).toBe(96);
    const english = corpus.filter((r) => r.languages === "en").length / corpus.length;
    expect(english).toBeGreaterThan(0.8);
  });

  it("lists every invalid option in one error", () => {
    expect(() => generateCorpus({ size: -1, minWords: 50, maxWords: 10, zipf: 0 })).toThrow(
      "invalid corpus options: size must be a non-negative integer (got -1); maxWords must be an integer >= minWords (got 10); zipf must be greater than 0 (got 0).",
    );
  });
});
