import { describe, expect, it } from "vitest";
import { compareStrings } from "./fold.js";
import { pickTerms, type TermWords } from "./pick-terms.js";
import { TermRanking } from "./term-ranking.js";

/** Reads a whole ranking. */
function readAll(ranking: TermRanking): { termId: number; weight: number }[] {
  const read: { termId: number; weight: number }[] = [];
  while (ranking.next()) read.push({ termId: ranking.termId, weight: ranking.weight });
  return read;
}

/** Word ids from string keys, words split at spaces. */
function wordsOfKeys(key: (termId: number) => string): TermWords {
  const ids = new Map<string, number>();
  const wordsOf = (termId: number) =>
    key(termId)
      .split(" ")
      .map((word) => {
        if (!ids.has(word)) ids.set(word, ids.size);
        return ids.get(word)!;
      });
  return { wordCount: (termId) => wordsOf(termId).length, word: (termId, i) => wordsOf(termId)[i] };
}

/** A fixed best-first list, as `pickTerms` reads it; counts how far it was read. */
function listed(ranked: readonly { termId: number; weight: number }[]) {
  let at = -1;
  return {
    get termId() {
      return ranked[at].termId;
    },
    get weight() {
      return ranked[at].weight;
    },
    get read() {
      return Math.min(at + 1, ranked.length);
    },
    next: () => ++at < ranked.length,
  };
}

describe("TermRanking", () => {
  const labels = ["delta", "alpha", "charlie", "bravo", "echo", "foxtrot", "golf", "hotel"];
  const label = (term: number) => labels[term % labels.length] + Math.floor(term / labels.length);
  const terms = Int32Array.from({ length: 40 }, (_, i) => (i * 7) % 40);
  // Many equal weights: ties are broken by label.
  const weights = Float64Array.from(terms, (term) => Math.floor(term / 5) / 8);
  const fullRanking = Array.from(terms, (termId, i) => ({ termId, weight: weights[i] })).sort(
    (a, b) => b.weight - a.weight || compareStrings(label(a.termId), label(b.termId)) || a.termId - b.termId,
  );

  it("reads terms best first, ties by label, for float64 and float32 weights, however many it expects to be read", () => {
    const ranking = new TermRanking(label);
    // 7 and 12 end inside a run of equal weights, 40 is all of them.
    for (const expected of [0, 1, 5, 7, 12, 39, 40, 100]) {
      expect(readAll(ranking.reset(terms, weights, expected))).toEqual(fullRanking);
      expect(readAll(ranking.reset(terms, Float32Array.from(weights), expected))).toEqual(fullRanking);
    }
    expect(readAll(ranking.reset([], [], 3))).toEqual([]);
  });

  it("ranks a range of longer arrays", () => {
    const ranking = new TermRanking(label);
    const padded = Int32Array.from([99, 98, ...terms, 97]);
    const paddedWeights = Float32Array.from([5, 5, ...weights, 5]);
    for (const expected of [3, 40]) expect(readAll(ranking.reset(padded, paddedWeights, expected, 2, 42))).toEqual(fullRanking);
    // Equal weights: "bravo12" before "charlie12".
    expect(readAll(ranking.reset(padded, paddedWeights, 3, 0, 2))).toEqual([
      { termId: 99, weight: 5 },
      { termId: 98, weight: 5 },
    ]);
  });

  it("orders terms of equal weight and label by id", () => {
    const same = () => "same";
    const stable = Array.from(terms, (termId, i) => ({ termId, weight: weights[i] })).sort((a, b) => b.weight - a.weight || a.termId - b.termId);
    const ranking = new TermRanking(same);
    expect(readAll(ranking.reset(terms, weights, 5))).toEqual(stable);
    expect(readAll(ranking.reset(terms, Float32Array.from(weights), 12))).toEqual(stable);
  });

  it("ranks one set of terms after another with the same arrays, growing them", () => {
    const ranking = new TermRanking(label);
    const many = Int32Array.from({ length: 1000 }, (_, i) => i);
    const manyWeights = Float32Array.from(many, (term) => ((term * 37) % 101) / 100);
    const expected = Array.from(many, (termId) => ({ termId, weight: manyWeights[termId] })).sort(
      (a, b) => b.weight - a.weight || compareStrings(label(a.termId), label(b.termId)) || a.termId - b.termId,
    );
    expect(readAll(ranking.reset(terms, weights, 5))).toEqual(fullRanking);
    expect(readAll(ranking.reset(many, manyWeights, 10))).toEqual(expected);
    expect(readAll(ranking.reset(terms, weights, 5))).toEqual(fullRanking);
  });

  it("gives pickTerms what picking from the full ranking picks, also when many terms are skipped", () => {
    const key = (term: number) => (term % 3 === 0 ? `w${term}` : `w${term - (term % 3)} w${term}`);
    const ranking = new TermRanking(label);
    for (const n of [0, 2, 5, 30]) {
      const words = wordsOfKeys(key);
      expect(pickTerms(ranking.reset(terms, weights, 5), n, words, label)).toEqual(pickTerms(listed(fullRanking), n, words, label));
    }
    // Three labels only: picking skips most terms and finds three, having read them all.
    const shared = (term: number) => `label${term % 3}`;
    const sharedRanking = Array.from(terms, (termId, i) => ({ termId, weight: weights[i] })).sort(
      (a, b) => b.weight - a.weight || compareStrings(shared(a.termId), shared(b.termId)) || a.termId - b.termId,
    );
    const words = wordsOfKeys((term) => `w${term}`);
    const list = listed(sharedRanking);
    const picked = pickTerms(new TermRanking(shared).reset(terms, weights, 4), 5, words, shared);
    expect(picked).toEqual(pickTerms(list, 5, words, shared));
    expect(picked).toHaveLength(3);
    expect(list.read).toBe(40);
  });

  it("reads no more of the ranking than picking needs", () => {
    const list = listed(fullRanking);
    expect(pickTerms(list, 4, wordsOfKeys((term) => `w${term}`), label)).toHaveLength(4);
    expect(list.read).toBe(4);
  });
});
