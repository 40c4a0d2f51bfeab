import { describe, expect, it } from "vitest";
import { random } from "../test/random.js";
import { ClassSums, type CountRows } from "./class-sums.js";
import { scoreDistinctiveTerms } from "./distinctive.js";

/**
 * Rows over `termCount` terms (ascending in each row) with float32 counts far
 * apart in size, whose float64 sums round: a sum depends on its order.
 */
function randomRows(docCount: number, termCount: number, seed: number): CountRows {
  const next = random(seed);
  const start = [0];
  const index: number[] = [];
  const counts: number[] = [];
  for (let doc = 0; doc < docCount; doc++) {
    const terms = new Set<number>();
    const size = 1 + Math.floor(next() * 60);
    // Half the terms common (low ids), half anywhere: sums cross several blocks.
    while (terms.size < size) terms.add(next() < 0.5 ? Math.floor(next() * 50) : Math.floor(next() * termCount));
    for (const term of [...terms].sort((a, b) => a - b)) {
      index.push(term);
      counts.push(Math.fround(next() < 0.5 ? 1 + next() : 2 ** 29 * (1 + next())));
    }
    start.push(index.length);
  }
  return { start: Uint32Array.from(start), index: Uint32Array.from(index), counts: Float32Array.from(counts) };
}

/** Per term: the members' counts summed in member order, and how many members have it. */
function naiveSums(rows: CountRows, members: readonly number[]): Map<number, [number, number]> {
  const sums = new Map<number, [number, number]>();
  for (const doc of members) {
    for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) {
      const [sum, users] = sums.get(rows.index[p]) ?? [0, 0];
      sums.set(rows.index[p], [sum + rows.counts[p], users + 1]);
    }
  }
  return sums;
}

describe("ClassSums", () => {
  it("sums each term's counts in member order, to the last bit, across blocks of terms", () => {
    const rows = randomRows(300, 200_000, 3);
    const sums = new ClassSums(rows, 200_000);
    const next = random(8);
    for (let trial = 0; trial < 5; trial++) {
      const members = [...new Set(Array.from({ length: 80 }, () => Math.floor(next() * 300)))];
      const found = new Map<number, [number, number]>();
      let lastTerm = -1;
      sums.start(members);
      while (sums.nextBlock()) {
        for (let i = 0; i < sums.size; i++) {
          expect(found.has(sums.term(i))).toBe(false);
          found.set(sums.term(i), [sums.count(i), sums.users(i)]);
        }
        // Blocks come in ascending order.
        expect(Math.min(...Array.from({ length: sums.size }, (_, i) => sums.term(i)))).toBeGreaterThan(lastTerm);
        lastTerm = Math.max(...Array.from({ length: sums.size }, (_, i) => sums.term(i)));
      }
      expect(found).toEqual(naiveSums(rows, members));
    }
    sums.start([]);
    expect(sums.nextBlock()).toBe(false);
  });
});

describe("scoreDistinctiveTerms", () => {
  /** The c-TF-IDF of distinctive.ts, computed the plain way (`language[doc]` weighs each document by W / W(language)). */
  function reference(rows: CountRows, groups: number[][], language: number[] = []) {
    const docCount = rows.start.length - 1;
    const inGroup = new Set(groups.flat());
    const rest = Array.from({ length: docCount }, (_, doc) => doc).filter((doc) => !inGroup.has(doc));
    const classes = (rest.length > 0 ? [...groups, rest] : groups).map((members) => [...new Set(members)]);
    const wordsOf = (members: number[]) => {
      let all = 0;
      for (const doc of members) for (let p = rows.start[doc]; p < rows.start[doc + 1]; p++) all += rows.counts[p];
      return all;
    };
    const everyDoc = Array.from({ length: docCount }, (_, doc) => doc);
    const languageOf = (doc: number) => language[doc] ?? 0;
    const languages = [...new Set(everyDoc.map(languageOf))];
    const weight = new Map(languages.map((l) => [l, languages.length === 1 ? 1 : wordsOf(everyDoc) / wordsOf(everyDoc.filter((doc) => languageOf(doc) === l))]));
    const total = new Map<number, number>();
    for (const doc of everyDoc) {
      for (const [term, [sum]] of naiveSums(rows, [doc])) total.set(term, (total.get(term) ?? 0) + sum * weight.get(languageOf(doc))!);
    }
    const words = classes.map(wordsOf);
    const averageWords = words.reduce((a, b) => a + b, 0) / classes.length;
    return groups.map((_, g) => {
      const scores = new Map<number, number>();
      for (const [term, [sum, users]] of naiveSums(rows, classes[g])) {
        if (users < Math.min(2, classes[g].length)) continue;
        scores.set(term, (sum / words[g]) * Math.log(1 + averageWords / total.get(term)!) * (users / classes[g].length));
      }
      return scores;
    });
  }

  it("scores every candidate term of every group exactly as the plain computation, overlapping groups included", () => {
    const rows = randomRows(400, 100_000, 11);
    const next = random(5);
    const groups = Array.from({ length: 7 }, (_, g) => Array.from({ length: g === 0 ? 1 : 10 + Math.floor(next() * 60) }, () => Math.floor(next() * 400)));
    groups.push([...groups[2].slice(0, 5), ...groups[3].slice(0, 5)]);
    const close = (actual: Map<number, number>, expected: Map<number, number>) => {
      expect([...actual.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const [term, score] of expected) expect(actual.get(term)).toBeCloseTo(score, 12);
    };
    const scored = scoreDistinctiveTerms(rows, 100_000, groups);
    const expected = reference(rows, groups);
    scored.forEach(({ terms, scores }, g) => {
      const actual = new Map(Array.from(terms, (term, i) => [term, scores[i]]));
      close(actual, expected[g]);
      expect(actual.size).toBeGreaterThan(0);
    });
    // Three languages of unequal size: each document weighs W / W(its language).
    const language = Array.from({ length: 400 }, (_, doc) => (doc % 7 === 0 ? 2 : doc % 3 === 0 ? 1 : 0));
    const multilingual = reference(rows, groups, language);
    scoreDistinctiveTerms(rows, 100_000, groups, language).forEach(({ terms, scores }, g) => {
      close(new Map(Array.from(terms, (term, i) => [term, scores[i]])), multilingual[g]);
    });
    expect(multilingual[1]).not.toEqual(expected[1]);
  });

  it("gives each group arrays of exactly its candidates, on buffers of their own (they can be transferred)", () => {
    const rows = randomRows(200, 5_000, 3);
    const groups = [Array.from({ length: 40 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => 100 + i), [7]];
    const scored = scoreDistinctiveTerms(rows, 5_000, groups);
    const buffers = scored.flatMap(({ terms, scores }) => [terms.buffer, scores.buffer]);
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const { terms, scores } of scored) {
      expect(terms.length).toBe(scores.length);
      expect(terms.buffer.byteLength).toBe(terms.byteLength);
      expect(scores.buffer.byteLength).toBe(scores.byteLength);
    }
  });
});
