import { describe, expect, it } from "vitest";
import { random } from "../test/random.js";
import { allPairsTopK, allPairsTopKClaimed, allPairsTopKOver, buildTfIdfIndex, cosine, prepareTiers, tiersAbove } from "./index.js";
import type { SimilarityLink, TextDocument } from "./types.js";


const COMMON = ["skills", "training", "youth", "women", "jobs", "community", "digital", "local", "support", "programme"];
const THEMES = [
  ["farming", "cooperative", "harvest", "irrigation", "livestock", "agribusiness", "rural", "crops"],
  ["coding", "bootcamp", "software", "data", "internet", "laptop", "mentoring", "startup"],
  ["welding", "plumbing", "construction", "masonry", "carpentry", "electrician", "site", "safety"],
  ["hotel", "tourism", "cooking", "hospitality", "guides", "coast", "chef", "catering"],
  ["refugee", "language", "integration", "recognition", "certificate", "host", "migrant", "camp"],
];

/** Proposals mixing common words with the words of one or two themes, of varied length. */
function corpus(size: number, seed: number): TextDocument[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: size }, (_, i) => {
    const main = pick(THEMES);
    const second = pick(THEMES);
    const words = Array.from({ length: 6 + Math.floor(next() * 30) }, () => {
      const r = next();
      return r < 0.35 ? pick(COMMON) : r < 0.8 ? pick(main) : r < 0.9 ? pick(second) : `rare${Math.floor(next() * 60)}`;
    });
    return { id: `p${String(size - i).padStart(4, "0")}`, language: "en", text: words.join(next() < 0.5 ? " " : ", ") };
  });
}

/** Every document's top-k by brute force over all pairs; ties by id; only shared-term (score > 0) pairs. */
function bruteForceLinks(index: ReturnType<typeof buildTfIdfIndex>, k: number, minScore: number) {
  const ids = index.ids;
  const expected = new Map<string, number>();
  for (const id of ids) {
    const scored = ids
      .filter((other) => other !== id)
      .map((other) => ({ other, score: cosine(index.vector(id)!, index.vector(other)!) }))
      .filter(({ score }) => score > 0 && score >= minScore)
      .sort((a, b) => b.score - a.score || (a.other < b.other ? -1 : 1))
      .slice(0, k);
    for (const { other, score } of scored) expected.set(id < other ? `${id}|${other}` : `${other}|${id}`, score);
  }
  return expected;
}

const asMap = (links: SimilarityLink[]) => new Map(links.map((link) => [`${link.source}|${link.target}`, link.score]));

function expectSameLinks(actual: Map<string, number>, expected: Map<string, number>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [pair, score] of expected) expect(Math.abs(actual.get(pair)! - score)).toBeLessThan(1e-6);
}

describe("neighbours", () => {
  const index = buildTfIdfIndex(corpus(160, 7));

  it.each([
    [1, 0],
    [3, 0],
    [5, 0.1],
    [8, 0.2],
    [4, 0.35],
  ])("equals brute force with k=%i, minScore=%f", (k, minScore) => {
    const links = index.neighbours({ k, minScore });
    expect(links.length).toBeGreaterThan(0);
    expectSameLinks(asMap(links), bruteForceLinks(index, k, minScore));
  });

  it("is exact for every choice of common terms", () => {
    const arrays = index.searchArrays;
    for (const minScore of [0.05, 0.15, 0.3]) {
      const expected = bruteForceLinks(index, 4, minScore);
      for (const commonAbove of [2, 8, 20, 40, 80, Infinity]) {
        const tiers = tiersAbove(arrays, commonAbove, minScore);
        // Heavy postings come a row per common term, not per term of the vocabulary.
        expect(tiers.heavyPostings.start.length).toBe(tiers.commonCount + 1);
        const lists = allPairsTopK(arrays, tiers, 0, index.ids.length, 4);
        const found = new Map<string, number>();
        index.ids.forEach((id, doc) => {
          for (const { doc: other, score } of lists.sorted(doc)) {
            const otherId = index.ids[other];
            found.set(id < otherId ? `${id}|${otherId}` : `${otherId}|${id}`, score);
          }
        });
        expectSameLinks(found, expected);
      }
    }
  });

  it("chooses common terms that leave no document heavy, the fewest such (the fewest rare postings)", () => {
    // Zipf-like words: a few in most documents, a long tail of rare ones.
    const next = random(3);
    const zipf = (): number => Math.floor(2000 ** next() ** 1.6) - 1;
    const docs = Array.from({ length: 600 }, (_, i) => ({ id: `z${i}`, language: null, text: Array.from({ length: 80 }, () => `w${zipf()}`).join(" ") }));
    const arrays = buildTfIdfIndex(docs).searchArrays;
    const heavyCount = (tiers: ReturnType<typeof tiersAbove>) => tiers.heavy.reduce((sum, heavy) => sum + heavy, 0);
    for (const minScore of [0.15, 0.3]) {
      const chosen = prepareTiers(arrays, minScore);
      expect(chosen.commonAbove).toBeLessThan(Infinity);
      expect(heavyCount(chosen)).toBe(0);
      // Half the document frequency (more common terms) would leave some heavy: the smallest such D.
      expect(heavyCount(tiersAbove(arrays, chosen.commonAbove / 2, minScore))).toBeGreaterThan(0);
    }
  });

  it("merges lists computed over ranges of documents into the full result", () => {
    const arrays = index.searchArrays;
    const tiers = tiersAbove(arrays, 16, 0.1);
    const whole = allPairsTopK(arrays, tiers, 0, 160, 5);
    const merged = allPairsTopK(arrays, tiers, 0, 70, 5);
    merged.merge(allPairsTopK(arrays, tiers, 70, 160, 5));
    for (let doc = 0; doc < 160; doc++) expect(merged.sorted(doc)).toEqual(whole.sorted(doc));
  });

  it("gives the full result from ranges in increasing order, whichever ranges each thread took", () => {
    const arrays = index.searchArrays;
    const tiers = tiersAbove(arrays, 16, 0.1);
    const whole = allPairsTopK(arrays, tiers, 0, 160, 5);
    // Two threads' shares that interleave, as threads taking ranges in turn may get them.
    const merged = allPairsTopKOver(arrays, tiers, [[0, 25], [60, 90], [131, 160]], 5);
    merged.merge(allPairsTopKOver(arrays, tiers, [[25, 60], [90, 131]], 5));
    for (let doc = 0; doc < 160; doc++) expect(merged.sorted(doc)).toEqual(whole.sorted(doc));
    // Taken through a counter: one thread alone takes every range.
    const chunks = { bounds: Uint32Array.from([0, 25, 60, 90, 131, 160]), taken: new Int32Array(1) };
    const claimed = allPairsTopKClaimed(arrays, tiers, chunks, 5);
    for (let doc = 0; doc < 160; doc++) expect(claimed.sorted(doc)).toEqual(whole.sorted(doc));
    expect(chunks.taken[0]).toBe(6);
  });

  it("reports each pair once, source before target, k per document, scores >= minScore", () => {
    const k = 3;
    const links = index.neighbours({ k, minScore: 0.1 });
    const pairs = links.map((link) => `${link.source}|${link.target}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(links.every((link) => link.source < link.target)).toBe(true);
    expect(links.every((link) => link.score >= 0.1 && link.score <= 1)).toBe(true);
    expect(links.length).toBeLessThanOrEqual(index.ids.length * k);
    // Every document keeps its own k best: each link is in the top-k of one of its ends.
    for (const id of index.ids) {
      const own = index.similarTo(id, { k, minScore: 0.1 }).map((match) => match.id);
      const linked = links.filter((link) => link.source === id || link.target === id).map((link) => (link.source === id ? link.target : link.source));
      expect(linked).toEqual(expect.arrayContaining(own));
    }
  });

  it("is sorted by score, then source and target, and deterministic", () => {
    const links = index.neighbours({ k: 4, minScore: 0 });
    for (let i = 1; i < links.length; i++) {
      const [a, b] = [links[i - 1], links[i]];
      expect(a.score > b.score || (a.score === b.score && `${a.source}|${a.target}` < `${b.source}|${b.target}`)).toBe(true);
    }
    expect(index.neighbours({ k: 4, minScore: 0 })).toEqual(links);
    expect(buildTfIdfIndex(corpus(160, 7)).neighbours({ k: 4, minScore: 0 })).toEqual(links);
  });

  it("explains each link by its shared terms", () => {
    const wide = buildTfIdfIndex(corpus(160, 7), { explainTerms: 1000 });
    for (const link of wide.neighbours({ k: 2, minScore: 0.1 })) {
      const sum = link.sharedTerms.reduce((total, term) => total + term.weight, 0);
      expect(sum).toBeCloseTo(link.score, 9);
    }
  });

  it("breaks exact ties (duplicate documents) by id, like brute force, also with sparse candidates", () => {
    // Duplicates tie exactly; rare words spread over the corpus make the candidates of a query sparse.
    const base = corpus(120, 3);
    const docs = [
      ...base,
      ...base.slice(0, 30).map((doc, i) => ({ ...doc, id: `dup${String(i).padStart(3, "0")}` })),
      ...Array.from({ length: 60 }, (_, i) => ({ id: `rare${i}`, language: "en", text: `solo${i % 20} unique${i} alone${(i * 7) % 13} ${base[i].text.split(/\W+/)[0]}` })),
    ];
    const withTies = buildTfIdfIndex(docs);
    for (const [k, minScore] of [[2, 0], [4, 0.05], [6, 0.2]] as const) {
      expectSameLinks(asMap(withTies.neighbours({ k, minScore })), bruteForceLinks(withTies, k, minScore));
    }
  });

  it("returns nothing for k = 0 and rejects a bad k", () => {
    expect(index.neighbours({ k: 0, minScore: 0 })).toEqual([]);
    expect(() => index.neighbours({ k: -1, minScore: 0 })).toThrow("@skills-network/text: option k must be a whole number >= 0");
  });
});

describe("similarTo against brute force", () => {
  const index = buildTfIdfIndex(corpus(300, 11));

  it("finds the same top-k with the same scores, with and without a filter", () => {
    const even = (id: string) => Number(id.slice(1)) % 2 === 0;
    for (const id of index.ids) {
      for (const [k, minScore, filter] of [
        [5, 0, undefined],
        [10, 0.15, undefined],
        [7, 0, even],
      ] as const) {
        const expected = index.ids
          .filter((other) => other !== id && (filter === undefined || filter(other)))
          .map((other) => ({ id: other, score: cosine(index.vector(id)!, index.vector(other)!) }))
          .filter(({ score }) => score > 0 && score >= minScore)
          .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
          .slice(0, k);
        const actual = index.similarTo(id, { k, minScore, filter });
        expect(actual.map((m) => m.id)).toEqual(expected.map((m) => m.id));
        actual.forEach((match, i) => expect(Math.abs(match.score - expected[i].score)).toBeLessThan(1e-6));
      }
    }
  });
});
