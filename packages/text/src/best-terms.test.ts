import { describe, expect, it } from "vitest";
import { bestTerms, pickFromBest } from "./best-terms.js";
import { compareStrings } from "./fold.js";
import { pickTerms } from "./pick-terms.js";

describe("bestTerms", () => {
  const labels = ["delta", "alpha", "charlie", "bravo", "echo", "foxtrot", "golf", "hotel"];
  const label = (term: number) => labels[term % labels.length] + Math.floor(term / labels.length);
  const terms = Int32Array.from({ length: 40 }, (_, i) => (i * 7) % 40);
  // Many equal weights: ties are broken by label.
  const weights = Float64Array.from(terms, (term) => Math.floor(term / 5) / 8);
  const fullRanking = Array.from(terms, (termId, i) => ({ termId, weight: weights[i] })).sort(
    (a, b) => b.weight - a.weight || compareStrings(label(a.termId), label(b.termId)) || a.termId - b.termId,
  );

  it("gives the first `limit` terms of the full ranking, ties by label, for float64 and float32 weights", () => {
    for (const limit of [0, 1, 3, 12, 40, 100]) {
      expect(bestTerms(terms, weights, limit, label)).toEqual(fullRanking.slice(0, limit));
      expect(bestTerms(terms, Float32Array.from(weights), limit, label)).toEqual(fullRanking.slice(0, limit));
    }
  });

  it("orders terms of equal weight and label by id", () => {
    const same = () => "same";
    const stable = Array.from(terms, (termId, i) => ({ termId, weight: weights[i] })).sort((a, b) => b.weight - a.weight || a.termId - b.termId);
    for (const limit of [1, 7, 40]) {
      expect(bestTerms(terms, weights, limit, same)).toEqual(stable.slice(0, limit));
      expect(bestTerms(terms, Float32Array.from(weights), limit, same)).toEqual(stable.slice(0, limit));
    }
  });

  it("picks from the best terms what picking from the full ranking picks, also when more are needed", () => {
    const key = (term: number) => (term % 3 === 0 ? `w${term}` : `w${term - (term % 3)} w${term}`);
    for (const n of [0, 2, 5, 30]) {
      const picked = pickFromBest(terms.length, n, (limit) => bestTerms(terms, weights, limit, label), (ranked) => pickTerms(ranked, n, key, label));
      expect(picked).toEqual(pickTerms(fullRanking, n, key, label));
    }
  });

  it("falls back to the full ranking when the best terms run out before enough are picked", () => {
    // Three labels only: picking skips most terms, and finds three whatever the ranking's length.
    const shared = (term: number) => `label${term % 3}`;
    const ranking = Array.from(terms, (termId, i) => ({ termId, weight: weights[i] })).sort(
      (a, b) => b.weight - a.weight || compareStrings(shared(a.termId), shared(b.termId)) || a.termId - b.termId,
    );
    const limits: number[] = [];
    const picked = pickFromBest(
      terms.length,
      5,
      (limit) => {
        limits.push(limit);
        return bestTerms(terms, weights, limit, shared);
      },
      (ranked) => pickTerms(ranked, 5, (term) => `w${term}`, shared),
    );
    expect(limits).toEqual([28, 40]);
    expect(picked).toEqual(pickTerms(ranking, 5, (term) => `w${term}`, shared));
    expect(picked).toHaveLength(3);
  });
});
